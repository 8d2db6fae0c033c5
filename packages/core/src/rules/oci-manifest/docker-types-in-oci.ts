import type { Rule } from "../rule.js";
import { descriptorsOf } from "../../documents/descriptors.js";
import { getMember, isString } from "../../json/access.js";
import { replaceValue } from "../edits.js";
import { isDockerMediaType, OCI_EQUIVALENT_OF_DOCKER_LAYER } from "./media-type-families.js";

export const dockerTypesInOciRule: Rule = {
  id: "R59",
  key: "om.docker-types-in-oci",
  severity: "warning",
  formats: ["OM", "OI"],
  kinds: ["oci-manifest"],
  summary: "Docker media types inside an OCI manifest mix two ecosystems.",
  docs:
    "An OCI manifest whose config or layers use Docker media types (`application/vnd.docker.container." +
    "image.v1+json`, `…rootfs.diff.tar.gzip`) is legal but mixes two ecosystems: tools switch on exact " +
    "strings and treat the other family as unknown (containers/image refuses non-Docker layer types in " +
    "a Docker manifest, and converters differ on the reverse). The compatibility matrix calls the Docker " +
    "gzip layer 'interchangeable' with the OCI one, so for the two Docker layer types the quick fix writes " +
    "the OCI type; the config types are only 'similar' and get no fix (hazard H7). An OCI index that lists " +
    "Docker manifests is the same hazard one level up and is reported by `oi.mixed-families`.",
  source:
    "image-spec media-types.md § Compatibility Matrix; containers/image manifest/docker_schema2.go (rejects non-Docker layer types in schema 2)",
  check(context) {
    for (const descriptor of descriptorsOf(context.document)) {
      if (descriptor.role !== "config" && descriptor.role !== "layer") continue;
      const mediaType = getMember(descriptor.node, "mediaType");
      if (!isString(mediaType) || !isDockerMediaType(mediaType.value)) continue;
      const ociType = OCI_EQUIVALENT_OF_DOCKER_LAYER[mediaType.value];
      context.report({
        node: mediaType,
        message: `The ${descriptor.role} of this OCI manifest has the Docker media type ${JSON.stringify(mediaType.value)}; OCI-only tools may treat it as unknown.`,
        ...(descriptor.role === "layer" && ociType
          ? {
              fix: {
                title: `Write the OCI type ${ociType}`,
                edits: [replaceValue(mediaType, JSON.stringify(ociType))],
              },
            }
          : {}),
      });
    }
  },
};
