import type { Rule } from "../rule.js";
import type { JsonNode } from "../../json/node.js";
import { isObject, memberOf } from "../../json/access.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import type { Range } from "../../report.js";

const SCHEMA1_MEDIA_TYPES: readonly string[] = [MEDIA_TYPES.dockerSchema1, MEDIA_TYPES.dockerSchema1Signed];

/** The first sign that a document is schema 1, with where it is and how to name it. */
function schema1Evidence(root: JsonNode | null): { node: JsonNode; range: Range; what: string } | undefined {
  if (!isObject(root)) return undefined;
  const mediaType = memberOf(root, "mediaType")?.value;
  if (mediaType?.type === "string" && SCHEMA1_MEDIA_TYPES.includes(mediaType.value)) {
    return { node: mediaType, range: mediaType.range, what: `its mediaType ${mediaType.value}` };
  }
  const version = memberOf(root, "schemaVersion")?.value;
  if (version?.type === "number" && version.value === 1) {
    return { node: version, range: version.range, what: "schemaVersion 1" };
  }
  const fsLayers = memberOf(root, "fsLayers");
  if (fsLayers) return { node: fsLayers.value, range: fsLayers.nameRange, what: "its fsLayers member" };
  return undefined;
}

export const schema1DetectedRule: Rule = {
  id: "R105",
  key: "s1.detected",
  severity: "error",
  formats: ["S1"],
  kinds: ["docker-schema1"],
  summary: "Docker Image Manifest V2 Schema 1 is legacy and unsupported.",
  docs:
    "Schema 1 (`schemaVersion` 1, media types `application/vnd.docker.distribution.manifest.v1+json` and " +
    "`…v1+prettyjws`, layers in `fsLayers`) predates content-addressed configs. Docker no longer pulls it by " +
    "default, containerd refuses it, and registries are dropping it. ocilens detects it and does not validate it " +
    "as a v2 or OCI format; re-push the image with a current client to convert it. Classed as an error because " +
    "such a document cannot be a valid member of any format in scope.",
  source:
    "distribution docs (deprecated-schema-v1); moby/moby#47459; containerd#6884; containerd core/images/image.go validateMediaType; image-spec manifest.md (schemaVersion MUST be 2)",
  check(context) {
    const evidence = schema1Evidence(context.document.root);
    if (!evidence) return;
    context.report({
      node: evidence.node,
      range: evidence.range,
      message: `Legacy Docker schema 1 manifest (detected by ${evidence.what}): current Docker, containerd and registries no longer accept it; convert it to Docker schema 2 or OCI.`,
    });
  },
};
