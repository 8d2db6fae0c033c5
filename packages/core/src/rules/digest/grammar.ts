import { digestsOf, explainDigestGrammar } from "../../documents/digests.js";
import { DIGEST_RULE_KINDS } from "./kinds.js";
import type { Rule } from "../rule.js";

export const grammar: Rule = {
  id: "R8",
  key: "digest.grammar",
  severity: "error",
  formats: ["OD", "DD", "OC", "OL"],
  kinds: DIGEST_RULE_KINDS,
  summary: "A digest is `algorithm:encoded` in the OCI digest grammar.",
  docs:
    "The algorithm is one or more `[a-z0-9]+` components joined by single `+`, `.`, `_` or `-` separators; the " +
    "encoded part is one or more of `[a-zA-Z0-9=_-]`. Upper-case algorithms, empty parts, doubled separators " +
    "and whitespace (including a trailing newline, which Python's `re` lets through) are not digests. " +
    "Applies to descriptor digests and a config's `rootfs.diff_ids`.",
  source: "image-spec descriptor.md § Digests (EBNF); schema/defs-descriptor.json; go-digest DigestRegexp",
  check(context) {
    for (const { node, parsed } of digestsOf(context.document)) {
      if (parsed) continue;
      context.report({
        message: `${JSON.stringify(node.value)} is not a digest: ${explainDigestGrammar(node.value)}.`,
        node,
      });
    }
  },
};
