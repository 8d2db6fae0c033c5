import type { Rule } from "../rule.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { checkOptionalOwnMediaType } from "./own-media-type.js";

export const ociManifestMediaTypeRule: Rule = {
  id: "R48",
  key: "om.mediatype",
  severity: "error",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary: "If `mediaType` is present it must be exactly `application/vnd.oci.image.manifest.v1+json`.",
  docs:
    "An OCI image manifest may name its own type, and since the CVE-2021-41190 fix it should. When it does, " +
    "the value MUST be exactly `application/vnd.oci.image.manifest.v1+json`: distribution refuses any other " +
    "value when the manifest is pushed as an OCI manifest, and clients compare it with the type they asked " +
    "for. The reference schema validator does not check this (hazard H13). A value that differs only in " +
    "letter case gets a quick fix.",
  source:
    "image-spec manifest.md § mediaType ('When used, this field MUST contain …'); distribution manifest/ocischema/manifest.go UnmarshalJSON",
  check(context) {
    checkOptionalOwnMediaType(context, MEDIA_TYPES.ociManifest, "OCI image manifest");
  },
};
