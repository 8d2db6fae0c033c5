/** A member that must hold one descriptor object (`config`, or `subject` when present). */
import { isObject, memberOf } from "../../json/access.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { missingMember } from "../oci-config/missing-member.js";
import type { RuleContext } from "../rule.js";

export function checkDescriptorMember(context: RuleContext, name: string, required: boolean): void {
  const root = context.document.root;
  if (!isObject(root)) return;
  const member = memberOf(root, name);
  if (!member) {
    if (required) context.report(missingMember(root, name));
    return;
  }
  if (!isObject(member.value)) {
    context.report({
      node: member.value,
      message: `\`${name}\` must be a descriptor object, not ${describeJsonType(member.value)}.`,
    });
  }
}
