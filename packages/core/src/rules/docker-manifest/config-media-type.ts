import type { Rule } from "../rule.js";
import { getMember, isString } from "../../json/access.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { descriptorsOf } from "../../documents/descriptors.js";

const DOCKER_CONFIG_TYPES: readonly string[] = [MEDIA_TYPES.dockerConfig, MEDIA_TYPES.dockerPluginConfig];

function why(mediaType: string): string {
  if (mediaType === MEDIA_TYPES.octetStream)
    return "very old Docker Hub manifests used it, but tools that switch on the config type treat it as unknown";
  if (mediaType === MEDIA_TYPES.ociConfig)
    return 'it is the OCI config type inside a Docker manifest; the two are only "similar" in the compatibility matrix';
  return "tools that switch on the config type will not recognise it";
}

export const dockerConfigMediaTypeRule: Rule = {
  id: "R96",
  key: "dm.config-mediatype",
  severity: "warning",
  formats: ["DM"],
  kinds: ["docker-manifest"],
  summary: "`config.mediaType` should be `application/vnd.docker.container.image.v1+json`.",
  docs:
    "The config of a Docker schema 2 image is typed `application/vnd.docker.container.image.v1+json` " +
    "(`application/vnd.docker.plugin.v1+json` for plugins). Other values occur in real content (very old Docker " +
    "Hub manifests used `application/octet-stream`, which the image-spec compatibility test pins), so this is " +
    "a warning, never an error.",
  source:
    "distribution docs/content/spec/manifest-v2-2.md (config mediaType 'should generally be'); image-spec schema/backwards_compatibility_test.go",
  check(context) {
    for (const descriptor of descriptorsOf(context.document)) {
      if (descriptor.role !== "config") continue;
      const mediaType = getMember(descriptor.node, "mediaType");
      if (!isString(mediaType) || DOCKER_CONFIG_TYPES.includes(mediaType.value)) continue;
      context.report({
        node: mediaType,
        message: `Config media type "${mediaType.value}" is not the Docker config type ${MEDIA_TYPES.dockerConfig}: ${why(mediaType.value)}.`,
      });
    }
  },
};
