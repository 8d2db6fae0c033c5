import type { Rule } from "../rule.js";
import { getMember, isObject, isString, memberOf } from "../../json/access.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";

export const ociManifestArtifactTypeForEmptyConfigRule: Rule = {
  id: "R52",
  key: "om.artifacttype-for-empty-config",
  severity: "error",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary: "When `config.mediaType` is the empty type, `artifactType` must be set.",
  docs:
    "An artifact whose config is the empty descriptor (`application/vnd.oci.empty.v1+json`) has nothing " +
    "else that says what kind of artifact it is, so the manifest MUST carry `artifactType`. Registries " +
    "answer referrers queries with it, and tools filter on it. The reference schema validator does not " +
    "check this (hazard H13).",
  source:
    "image-spec manifest.md § artifactType ('This MUST be set when config.mediaType is set to the empty value'); § Guidelines for Artifact Usage",
  check(context) {
    const root = context.document.root;
    if (!isObject(root) || memberOf(root, "artifactType")) return;
    const configMediaType = getMember(memberOf(root, "config")?.value, "mediaType");
    if (!isString(configMediaType) || configMediaType.value !== MEDIA_TYPES.ociEmpty) return;
    context.report({
      node: configMediaType,
      message:
        "The config is the empty descriptor, so the manifest must set `artifactType` to say what kind of artifact it is.",
    });
  },
};
