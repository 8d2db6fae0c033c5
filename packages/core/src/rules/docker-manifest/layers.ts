import type { Rule } from "../rule.js";
import { checkDescriptorArray } from "./descriptor-array.js";

export const dockerManifestLayersRule: Rule = {
  id: "R95",
  key: "dm.layers",
  severity: "error",
  formats: ["DM"],
  kinds: ["docker-manifest"],
  summary: "`layers` is required and must be an array of descriptors, base layer first.",
  docs:
    "`layers` lists the image's layers as descriptors, in the order they are stacked (base layer first). The " +
    "member is required. An empty array is accepted by the distribution registry, so it is not reported.",
  source: "distribution docs/content/spec/manifest-v2-2.md (layers)",
  check(context) {
    checkDescriptorArray(context, "layers");
  },
};
