import type { Rule } from "../rule.js";
import { replaceValue } from "../edits.js";
import { annotationSitesOf } from "./sites.js";

export const annotationNotNullRule: Rule = {
  id: "R38",
  key: "annot.not-null",
  severity: "error",
  formats: ["OM", "OI", "OD"],
  kinds: ["oci-manifest", "oci-index", "oci-descriptor"],
  summary: "Without annotations, `annotations` must be absent or `{}`, never `null`.",
  docs:
    "A manifest, index or descriptor without annotations either leaves the member out or writes an empty " +
    "map. `null` is not a map: the schema rejects it, and serde-based readers (oci-spec-rs) fail on it. " +
    "Image configs differ: there any optional field, `Labels` included, may be `null`. The quick fix " +
    "writes `{}`; removing the member is equally valid but changes more bytes.",
  source:
    "image-spec annotations.md § Rules ('MUST either be absent or be an empty map'); schema `type: object`",
  check(context) {
    for (const { member, owner } of annotationSitesOf(context.document)) {
      if (owner === "labels" || member.value.type !== "null") continue;
      context.report({
        node: member.value,
        message: "`annotations` must be absent or an object; `null` is not allowed.",
        fix: { title: "Write an empty map {}", edits: [replaceValue(member.value, "{}")] },
      });
    }
  },
};
