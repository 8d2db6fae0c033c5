import type { Rule } from "../rule.js";

export const layerMediaTypesRule: Rule = {
  id: "R57",
  key: "om.layer-mediatypes",
  severity: "info",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary:
    "Implementations must support the tar and tar+gzip layer types, should support tar+zstd, and must not fail on unknown ones.",
  docs:
    "Layer media types an implementation MUST support: `application/vnd.oci.image.layer.v1.tar` and " +
    "`…layer.v1.tar+gzip` (plus the deprecated non-distributable variants); it SHOULD support " +
    "`…layer.v1.tar+zstd`. Any other layer type (encrypted `+encrypted` layers, vendor types) is legal: " +
    "storing or copying such a manifest must not fail, even when a tool cannot unpack or convert the layer. " +
    "This rule states what ocilens itself does: it never reports a layer for having an unknown media type.",
  source: "image-spec manifest.md § layers mediaType; media-types.md",
  check() {
    // A behaviour rule: unknown layer types are accepted, so there is nothing to report.
  },
};
