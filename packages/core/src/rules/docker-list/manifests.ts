import type { Rule } from "../rule.js";
import { checkDescriptorArray } from "../docker-manifest/descriptor-array.js";

export const dockerListManifestsRule: Rule = {
  id: "R101",
  key: "dl.manifests",
  severity: "error",
  formats: ["DL"],
  kinds: ["docker-manifest-list"],
  summary: "`manifests` is required: an array of entries with `mediaType`, `size` and `digest`.",
  docs:
    "A manifest list's `manifests` holds one descriptor per platform-specific manifest. The member is required " +
    "and must be an array of objects; the members of each entry are checked by the descriptor rules.",
  source: "distribution docs/content/spec/manifest-v2-2.md § Manifest List Field Descriptions",
  check(context) {
    checkDescriptorArray(context, "manifests");
  },
};
