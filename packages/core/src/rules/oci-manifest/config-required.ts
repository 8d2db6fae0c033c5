import type { Rule } from "../rule.js";
import { checkDescriptorMember } from "./required-descriptor.js";

export const ociManifestConfigRequiredRule: Rule = {
  id: "R49",
  key: "om.config-required",
  severity: "error",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary: "`config` is required and must be a descriptor object.",
  docs:
    "Every OCI manifest references a config blob by a descriptor in `config`: the image config for images, " +
    "an artifact-specific blob or the empty descriptor for artifacts. The member is REQUIRED and must be an " +
    "object; its members are judged by the descriptor rules.",
  source: "image-spec manifest.md § config (REQUIRED); schema/image-manifest-schema.json `required`",
  check(context) {
    checkDescriptorMember(context, "config", true);
  },
};
