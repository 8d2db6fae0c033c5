import type { Rule } from "../rule.js";
import { checkDescriptorMember } from "./required-descriptor.js";

export const subjectDescriptorRule: Rule = {
  id: "R55",
  key: "om.subject-descriptor",
  severity: "error",
  formats: ["OM", "OI"],
  kinds: ["oci-manifest", "oci-index"],
  summary: "`subject`, when present, must be a descriptor object.",
  docs:
    "`subject` links an artifact (a signature, an SBOM) to the manifest it is about, and registries index " +
    "it for the referrers API. When present it must be a descriptor object; the upstream schema tests " +
    'reject `"subject": "nope"` for both manifests and indexes.',
  source:
    'image-spec manifest.md and image-index.md § subject; schema/manifest_test.go and imageindex_test.go (`subject: "nope"`)',
  check(context) {
    checkDescriptorMember(context, "subject", false);
  },
};
