/** A top-level config member that is REQUIRED and must be a string (`architecture`, `os`). */
import type { RuleContext } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { describeJsonType } from "./json-type.js";
import { missingMember } from "./missing-member.js";

export function checkRequiredString(context: RuleContext, name: string): void {
  const root = context.document.root;
  if (!isObject(root)) return;
  const member = memberOf(root, name);
  if (!member) {
    context.report(missingMember(root, name));
  } else if (member.value.type !== "string") {
    context.report({
      node: member.value,
      message: `\`${name}\` must be a string, not ${describeJsonType(member.value)}.`,
    });
  }
}
