import type { Rule } from "../rule.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { layerMediaTypesOf } from "../descriptor/layer-media-types.js";
import { replaceValue } from "../edits.js";

const DOCKER_LAYER_TYPES: readonly string[] = [
  MEDIA_TYPES.dockerLayerTarGzip,
  MEDIA_TYPES.dockerLayerTar,
  MEDIA_TYPES.dockerForeignLayerTarGzip,
  MEDIA_TYPES.dockerForeignLayerTar,
];

/** OCI layer types whose content is byte-for-byte a Docker layer type (media-types.md § Compatibility Matrix). */
const DOCKER_EQUIVALENT: ReadonlyMap<string, string> = new Map([
  [MEDIA_TYPES.ociLayerTarGzip, MEDIA_TYPES.dockerLayerTarGzip],
  [MEDIA_TYPES.ociLayerTar, MEDIA_TYPES.dockerLayerTar],
]);

export const dockerLayerMediaTypesRule: Rule = {
  id: "R97",
  key: "dm.layer-mediatypes",
  severity: "warning",
  formats: ["DM"],
  kinds: ["docker-manifest"],
  summary: "Layer media types should be the Docker rootfs types.",
  docs:
    "A Docker schema 2 manifest's layers are `application/vnd.docker.image.rootfs.diff.tar.gzip`, " +
    "`…rootfs.diff.tar`, or the foreign `…rootfs.foreign.diff.tar.gzip` / `…foreign.diff.tar`. containers/image " +
    "(podman, skopeo, buildah) refuses any other layer type in a schema 2 manifest, OCI layer types included. " +
    "Where an OCI type has an identical Docker counterpart (tar, tar+gzip) the fix writes the Docker type.",
  source:
    "distribution docs/content/spec/manifest-v2-2.md (layers mediaType); containers/image manifest/manifest.go SupportedSchema2MediaType",
  check(context) {
    for (const { mediaType } of layerMediaTypesOf(context.document)) {
      if (DOCKER_LAYER_TYPES.includes(mediaType.value)) continue;
      const equivalent = DOCKER_EQUIVALENT.get(mediaType.value);
      const family = mediaType.value.startsWith("application/vnd.oci.")
        ? "an OCI layer type"
        : "not a Docker layer type";
      context.report({
        node: mediaType,
        message: `Layer media type "${mediaType.value}" is ${family}; containers/image refuses it in a Docker schema 2 manifest.`,
        ...(equivalent
          ? {
              fix: {
                title: `Use the Docker type ${equivalent}`,
                edits: [replaceValue(mediaType, JSON.stringify(equivalent))],
              },
            }
          : {}),
      });
    }
  },
};
