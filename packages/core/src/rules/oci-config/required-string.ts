/** A top-level config member that is REQUIRED and must be a string (`architecture`, `os`). */
import type { RuleContext } from "../rule.js";
import { describeJsonType } from "./json-type.js";
import { topLevelValue } from "./missing-member.js";

export function checkRequiredString(context: RuleContext, name: string): void {
  const value = topLevelValue(context, name);
  if (value && value.type !== "string") {
    context.report({ node: value, message: `\`${name}\` must be a string, not ${describeJsonType(value)}.` });
  }
}
