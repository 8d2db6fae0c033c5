import type { Rule } from "../rule.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { checkExactMediaType } from "./exact-media-type.js";

export const dockerManifestMediaTypeRule: Rule = {
  id: "R93",
  key: "dm.mediatype",
  severity: "error",
  formats: ["DM"],
  kinds: ["docker-manifest"],
  summary:
    "`mediaType` is required and must be exactly `application/vnd.docker.distribution.manifest.v2+json`.",
  docs:
    "A Docker Image Manifest V2 Schema 2 names itself with its top-level `mediaType`; the rest of its shape " +
    "(`schemaVersion` 2, `config`, `layers`) is the same as an OCI manifest's. The distribution registry refuses " +
    "a schema 2 manifest whose `mediaType` is anything else, including empty, and containers/image will not " +
    "guess a Docker manifest without it.",
  source:
    "distribution docs/content/spec/manifest-v2-2.md § Image Manifest Field Descriptions; distribution manifest/schema2/manifest.go UnmarshalJSON; containers/image internal/manifest/manifest.go GuessMIMEType",
  check(context) {
    checkExactMediaType(context, MEDIA_TYPES.dockerManifest, "Docker schema 2 manifest");
  },
};
