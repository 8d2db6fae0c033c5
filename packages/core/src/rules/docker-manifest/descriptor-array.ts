/** A REQUIRED member that must be an array of descriptor objects (`layers` of a manifest, `manifests` of a list). */
import type { RuleContext } from "../rule.js";
import { isObject } from "../../json/access.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { topLevelValue } from "../oci-config/missing-member.js";

export function checkDescriptorArray(context: RuleContext, name: string): void {
  const value = topLevelValue(context, name);
  if (!value) return;
  if (value.type !== "array") {
    context.report({
      node: value,
      message: `\`${name}\` must be an array of descriptors, not ${describeJsonType(value)}.`,
    });
    return;
  }
  for (const item of value.items) {
    if (!isObject(item)) {
      context.report({
        node: item,
        message: `Each entry of \`${name}\` must be a descriptor object, not ${describeJsonType(item)}.`,
      });
    }
  }
}
