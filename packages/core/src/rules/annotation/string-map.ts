import type { Rule } from "../rule.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { ANNOTATION_KINDS, annotationSitesOf } from "./sites.js";

export const annotationStringMapRule: Rule = {
  id: "R37",
  key: "annot.string-map",
  severity: "error",
  formats: ["OM", "OI", "OD", "OC"],
  kinds: ANNOTATION_KINDS,
  summary: "`annotations` (and config `Labels`) must be an object whose every value is a string.",
  docs:
    "Annotations are a string-to-string map: keys and values MUST be strings. Empty strings are fine; " +
    "numbers, booleans, nested objects, arrays and `null` values are not, and Go clients fail to decode the " +
    "whole document when they meet one. Image config `Labels` follow the same rules (a `null` Labels map is " +
    "allowed there, like any optional config field; a `null` annotations map is `annot.not-null`).",
  source:
    "image-spec annotations.md § Rules ('MUST be a key-value map where both the key and value MUST be strings'); schema/defs.json mapStringString; config.md Labels ('MUST use the annotation rules')",
  check(context) {
    for (const { member } of annotationSitesOf(context.document)) {
      const map = member.value;
      if (map.type === "null") continue;
      if (map.type !== "object") {
        context.report({
          node: map,
          message: `\`${member.name}\` must be an object of strings, not ${describeJsonType(map)}.`,
        });
        continue;
      }
      for (const entry of map.members) {
        if (entry.value.type === "string") continue;
        context.report({
          node: entry.value,
          message: `The value of ${JSON.stringify(entry.name)} must be a string, not ${describeJsonType(entry.value)}.`,
        });
      }
    }
  },
};
