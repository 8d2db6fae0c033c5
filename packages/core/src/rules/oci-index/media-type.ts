import type { Rule } from "../rule.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { checkOptionalOwnMediaType } from "../oci-manifest/own-media-type.js";

export const ociIndexMediaTypeRule: Rule = {
  id: "R64",
  key: "oi.mediatype",
  severity: "error",
  formats: ["OI"],
  kinds: ["oci-index"],
  summary: "If `mediaType` is present it must be exactly `application/vnd.oci.image.index.v1+json`.",
  docs:
    "An OCI image index may name its own type, and since the CVE-2021-41190 fix it should. When it does, " +
    "the value MUST be exactly `application/vnd.oci.image.index.v1+json`; distribution refuses anything " +
    "else for an OCI index, and clients compare it with the type they asked for. A value that differs only " +
    "in letter case gets a quick fix.",
  source:
    "image-spec image-index.md § mediaType; distribution manifest/ocischema/index.go unmarshalImageIndex",
  check(context) {
    checkOptionalOwnMediaType(context, MEDIA_TYPES.ociIndex, "OCI image index");
  },
};
