import type { Rule } from "../rule.js";
import { getMember } from "../../json/access.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { layerMediaTypesOf } from "../descriptor/layer-media-types.js";

const FOREIGN_LAYER_TYPES: readonly string[] = [
  MEDIA_TYPES.dockerForeignLayerTarGzip,
  MEDIA_TYPES.dockerForeignLayerTar,
];

export const dockerForeignLayersRule: Rule = {
  id: "R98",
  key: "dm.foreign-layers",
  severity: "warning",
  formats: ["DM"],
  kinds: ["docker-manifest"],
  summary: "Foreign layers are fetched from their `urls` and should never be pushed.",
  docs:
    "A foreign layer (`application/vnd.docker.image.rootfs.foreign.diff.tar.gzip` or `…foreign.diff.tar`, used " +
    "for Windows base layers) is not stored in the registry: clients download it from the descriptor's `urls`. " +
    "Such a layer should never be pushed, and the distribution registry refuses a foreign layer without `urls` " +
    "(it also accepts only http/https URLs without a fragment).",
  source:
    "distribution docs/content/spec/manifest-v2-2.md (foreign layers); distribution registry/storage/schema2manifesthandler.go verifyManifest",
  check(context) {
    for (const { descriptor, mediaType } of layerMediaTypesOf(context.document)) {
      if (!FOREIGN_LAYER_TYPES.includes(mediaType.value)) continue;
      const urls = getMember(descriptor.node, "urls");
      const hasUrls = urls?.type === "array" && urls.items.length > 0;
      context.report({
        node: mediaType,
        message: hasUrls
          ? "Foreign layer: clients fetch it from its urls; it should never be pushed to a registry."
          : "Foreign layer without urls: clients cannot fetch it, and the distribution registry refuses the manifest.",
      });
    }
  },
};
