import type { Rule } from "../rule.js";
import { getMember, isObject, isString, memberOf } from "../../json/access.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { appendMember } from "../edits.js";
import { isDockerMediaType } from "./media-type-families.js";

export const artifactWithoutTypeRule: Rule = {
  id: "R62",
  key: "om.artifact-without-type",
  severity: "info",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary: "An artifact manifest without `artifactType` is legal; tools use `config.mediaType` as its type.",
  docs:
    "A manifest whose config is neither an image config nor the empty descriptor is an artifact. Artifacts " +
    "were historically created without `artifactType`, and that stays legal: registries and clients then " +
    "take `config.mediaType` as the artifact type (for example in referrers responses). Setting " +
    "`artifactType` explicitly makes the intent clear; the quick fix writes the type tools already assume. " +
    "(A Docker image config in an OCI manifest is an " +
    "image, not an artifact; `om.docker-types-in-oci` covers it.)",
  source:
    "image-spec manifest.md ('Implementers note: artifacts have historically been created without an artifactType field'); distribution-spec spec.md § Listing Referrers",
  check(context) {
    const root = context.document.root;
    if (!isObject(root) || memberOf(root, "artifactType")) return;
    const mediaType = getMember(memberOf(root, "config")?.value, "mediaType");
    if (!isString(mediaType)) return;
    const type = mediaType.value;
    if (type === MEDIA_TYPES.ociConfig || type === MEDIA_TYPES.ociEmpty || isDockerMediaType(type)) return;
    context.report({
      node: mediaType,
      message: `This is an artifact (config type ${JSON.stringify(type)}) without \`artifactType\`; tools will use the config type as its artifact type.`,
      fix: {
        title: `Set artifactType to ${JSON.stringify(type)}`,
        edits: [appendMember(context.document.text, root, "artifactType", JSON.stringify(type))],
      },
    });
  },
};
