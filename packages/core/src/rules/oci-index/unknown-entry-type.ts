import type { Rule } from "../rule.js";

export const unknownEntryTypeRule: Rule = {
  id: "R68",
  key: "oi.unknown-entry-type",
  severity: "info",
  formats: ["OI", "OL"],
  kinds: ["oci-index"],
  summary: "Entries with a media type the implementation does not know must not cause an error.",
  docs:
    "An index may list anything with a descriptor: image manifests, nested indexes (which implementations " +
    "SHOULD support), artifacts, and types from future versions of the spec. An implementation MUST ignore " +
    "an entry whose media type it does not know rather than fail, in an index and in an image layout's " +
    "`index.json` alike. This rule states what ocilens itself does: entries are never reported for having " +
    "an unknown media type.",
  source:
    "image-spec image-index.md § manifests mediaType ('MUST NOT generate an error'); image-layout.md § index.json file",
  check() {
    // A behaviour rule: unknown entry types are accepted, so there is nothing to report.
  },
};
