import type { Rule } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { missingMember } from "../oci-config/missing-member.js";

export const ociIndexManifestsRequiredRule: Rule = {
  id: "R65",
  key: "oi.manifests-required",
  severity: "error",
  formats: ["OI"],
  kinds: ["oci-index"],
  summary: "`manifests` is required and must be a JSON array (it may be empty).",
  docs:
    "`manifests` lists what the index points at. The member MUST be present and be an array; an empty " +
    "array is allowed (an index that is being assembled, or a layout with no images yet). `null` is not an " +
    "array.",
  source:
    "image-spec image-index.md § manifests ('MUST be present, the size of the array MAY be zero'); schema/image-index-schema.json",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const member = memberOf(root, "manifests");
    if (!member) context.report(missingMember(root, "manifests"));
    else if (member.value.type !== "array") {
      context.report({
        node: member.value,
        message: `\`manifests\` must be an array, not ${describeJsonType(member.value)}.`,
      });
    }
  },
};
