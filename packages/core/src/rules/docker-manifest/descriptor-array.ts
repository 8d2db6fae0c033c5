/** A REQUIRED member that must be an array of descriptor objects (`layers` of a manifest, `manifests` of a list). */
import type { RuleContext } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { missingMember } from "../oci-config/missing-member.js";

export function checkDescriptorArray(context: RuleContext, name: string): void {
  const root = context.document.root;
  if (!isObject(root)) return;
  const member = memberOf(root, name);
  if (!member) {
    context.report(missingMember(root, name));
    return;
  }
  if (member.value.type !== "array") {
    context.report({
      node: member.value,
      message: `\`${name}\` must be an array of descriptors, not ${describeJsonType(member.value)}.`,
    });
    return;
  }
  for (const item of member.value.items) {
    if (!isObject(item)) {
      context.report({
        node: item,
        message: `Each entry of \`${name}\` must be a descriptor object, not ${describeJsonType(item)}.`,
      });
    }
  }
}
