/** A member that must hold one descriptor object (`config`, or `subject` when present). */
import { isObject } from "../../json/access.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { topLevelValue } from "../oci-config/missing-member.js";
import type { RuleContext } from "../rule.js";

export function checkDescriptorMember(context: RuleContext, name: string, required: boolean): void {
  const value = topLevelValue(context, name, required);
  if (value && !isObject(value)) {
    context.report({
      node: value,
      message: `\`${name}\` must be a descriptor object, not ${describeJsonType(value)}.`,
    });
  }
}
