import type { Rule } from "../rule.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { checkExactMediaType } from "../docker-manifest/exact-media-type.js";

export const dockerListMediaTypeRule: Rule = {
  id: "R100",
  key: "dl.mediatype",
  severity: "error",
  formats: ["DL"],
  kinds: ["docker-manifest-list"],
  summary:
    "`mediaType` is required and must be exactly `application/vnd.docker.distribution.manifest.list.v2+json`.",
  docs:
    "A Docker manifest list names itself with its top-level `mediaType`; without it the same bytes read as an OCI " +
    "image index (distribution even reports an empty media type as the OCI index type). distribution's " +
    "manifest-list decoder refuses any other value, and this check is the list's main protection against being " +
    "read as a manifest (distribution v3 defines but never calls its config/layers check).",
  source:
    "distribution docs/content/spec/manifest-v2-2.md § Manifest List; distribution manifest/manifestlist/manifestlist.go unmarshalManifestList",
  check(context) {
    checkExactMediaType(context, MEDIA_TYPES.dockerManifestList, "Docker manifest list");
  },
};
