import type { Rule } from "../rule.js";
import { checkDescriptorArray } from "../docker-manifest/descriptor-array.js";

export const ociManifestLayersRequiredRule: Rule = {
  id: "R50",
  key: "om.layers-required",
  severity: "error",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary: "`layers` is required and must be an array of descriptor objects (`null` is not an array).",
  docs:
    "`layers` lists the layer blobs, base layer first, each as a descriptor object. The member is REQUIRED " +
    'and must be a JSON array: `"layers": null` is not one, although Go decodes it to an empty slice ' +
    "without complaint (hazard H11).",
  source:
    "image-spec manifest.md § layers ('Each item in the array MUST be a descriptor'); schema/image-manifest-schema.json `required`, `type: array`",
  check(context) {
    checkDescriptorArray(context, "layers");
  },
};
