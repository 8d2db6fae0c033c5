import { digestsOf, isRegisteredAlgorithm } from "../../documents/digests.js";
import { DIGEST_RULE_KINDS } from "./kinds.js";
import type { Rule } from "../rule.js";

export const nonSha256: Rule = {
  id: "R13",
  key: "digest.non-sha256",
  severity: "warning",
  formats: ["OD", "DD", "OC", "OL"],
  kinds: DIGEST_RULE_KINDS,
  summary: "Registered algorithms other than sha256 are a portability risk.",
  docs:
    "Implementations must support SHA-256 and may support SHA-512 and BLAKE3, so content addressed with " +
    "sha512 or blake3 is valid but may not be verifiable, storable or pullable everywhere.",
  source: "image-spec descriptor.md § Registered algorithms ('SHOULD use SHA-256'; SHA-512 and BLAKE3 'MAY')",
  check(context) {
    for (const { node, parsed: digest } of digestsOf(context.document)) {
      if (!digest || digest.algorithm === "sha256" || !isRegisteredAlgorithm(digest.algorithm)) continue;
      context.report({
        message: `${digest.algorithm} is registered but optional for implementations; only sha256 is universally supported.`,
        node,
      });
    }
  },
};
