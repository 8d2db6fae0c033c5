import type { Rule } from "../rule.js";

export const configOpaqueRule: Rule = {
  id: "R63",
  key: "om.config-opaque",
  severity: "info",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary:
    "An unknown `config.mediaType` means the config is opaque bytes: do not parse it, do not fail on it.",
  docs:
    "Only `application/vnd.oci.image.config.v1+json` (and the Docker image config) describe an image " +
    "config. Any other config media type belongs to an artifact and is opaque: an implementation must not " +
    "try to parse it as an image config, and must not fail when storing or copying the manifest. This rule " +
    "states what ocilens itself does: it never reports a config for having an unknown media type, and only " +
    "cross-checks configs whose type says they are image configs.",
  source: "image-spec manifest.md § config mediaType",
  check() {
    // A behaviour rule: opaque configs are accepted, so there is nothing to report.
  },
};
