import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import { mediaTypeSyntaxProblem, mediaTypeValuesOf } from "../../documents/media-type-values.js";
import type { Rule } from "../rule.js";

export const syntax: Rule = {
  id: "R14",
  key: "mediatype.syntax",
  severity: "error",
  formats: ["OD", "DD", "OM", "OI"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Every mediaType and artifactType is an RFC 6838 `type/subtype` name without parameters.",
  docs:
    "Type and subtype are each 1 to 127 characters, start with a letter or digit and continue with " +
    "`A-Za-z0-9!#$&^_.+-`. Parameters such as `;charset=utf-8` belong on a Content-Type header, never in a " +
    "document's `mediaType`; whitespace and empty values are not media types.",
  source:
    "image-spec descriptor.md § Properties; schema/defs-descriptor.json mediaType pattern; RFC 6838 § 4.2",
  check(context) {
    for (const { node, field } of mediaTypeValuesOf(context.document)) {
      const problem = mediaTypeSyntaxProblem(node.value);
      if (!problem) continue;
      context.report({
        message: `${field} ${JSON.stringify(node.value)} is not a media type: ${problem}.`,
        node,
      });
    }
  },
};
