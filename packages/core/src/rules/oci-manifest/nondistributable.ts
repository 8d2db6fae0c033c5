import type { Rule } from "../rule.js";
import { layerMediaTypesOf } from "../descriptor/layer-media-types.js";
import { NONDISTRIBUTABLE_LAYER_TYPES } from "./media-type-families.js";

export const nondistributableLayerRule: Rule = {
  id: "R58",
  key: "om.nondistributable",
  severity: "warning",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary: "Non-distributable layer types are deprecated and should not be produced.",
  docs:
    "`application/vnd.oci.image.layer.nondistributable.v1.tar` (and its `+gzip`, `+zstd` forms) marked " +
    "layers that registries should not store, typically Windows base layers fetched from `urls`. The " +
    "image spec deprecated them: new images SHOULD NOT use them, and many registries and tools now treat " +
    "them like ordinary layers or refuse the `urls` indirection. Use the ordinary layer types.",
  source:
    "image-spec layer.md § Non-Distributable Layers ('Implementations SHOULD NOT produce new non-distributable layers'); media-types.md",
  check(context) {
    for (const { mediaType } of layerMediaTypesOf(context.document)) {
      if (!NONDISTRIBUTABLE_LAYER_TYPES.has(mediaType.value)) continue;
      context.report({
        node: mediaType,
        message: `${JSON.stringify(mediaType.value)} is a deprecated non-distributable layer type; new images should use the ordinary layer types.`,
      });
    }
  },
};
