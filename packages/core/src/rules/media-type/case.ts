import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import { caseVariantOf } from "../../documents/media-types.js";
import { mediaTypeValuesOf } from "../../documents/media-type-values.js";
import { replaceValue } from "../edits.js";
import type { Rule } from "../rule.js";

export const mediaTypeCase: Rule = {
  id: "R15",
  key: "mediatype.case",
  severity: "warning",
  formats: ["OD", "DD", "OM", "OI"],
  kinds: DESCRIPTOR_KINDS,
  summary: "A well-known media type written in other letter case is treated as unknown by implementations.",
  docs:
    "RFC 6838 calls media type names case-insensitive, but registries and clients compare exact strings, so " +
    "`application/vnd.OCI.image.layer.v1.tar+gzip` is an unknown layer type to them. The fix rewrites the " +
    "value in its registered spelling.",
  source: "RFC 6838 § 4.2; exact-string switches in distribution, containers/image and go-containerregistry",
  check(context) {
    for (const { node, field } of mediaTypeValuesOf(context.document)) {
      const known = caseVariantOf(node.value);
      if (!known) continue;
      context.report({
        message: `${field} ${JSON.stringify(node.value)} differs from the well-known "${known}" only in letter case; tools compare exact strings.`,
        node,
        fix: { title: `Write "${known}"`, edits: [replaceValue(node, JSON.stringify(known))] },
      });
    }
  },
};
