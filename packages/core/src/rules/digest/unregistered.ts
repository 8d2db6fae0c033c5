import { digestsOf, isRegisteredAlgorithm } from "../../documents/digests.js";
import { DIGEST_RULE_KINDS } from "./kinds.js";
import type { Rule } from "../rule.js";

export const unregistered: Rule = {
  id: "R12",
  key: "digest.unregistered",
  severity: "warning",
  formats: ["OD", "DD", "OC", "OL"],
  kinds: DIGEST_RULE_KINDS,
  summary: "An unregistered algorithm that fits the grammar is accepted, but cannot be verified.",
  docs:
    "Only sha256, sha512 and blake3 are registered. Any other algorithm that fits the digest grammar " +
    "(`sha384`, `sha256+b64u`, `multihash+base58`) must pass validation, yet nobody can verify the content " +
    "against it and many tools refuse it (go-digest reports ErrDigestUnsupported). Reported, never rejected.",
  source: "image-spec descriptor.md § Digests ('SHOULD allow digests with unrecognized algorithms')",
  check(context) {
    for (const { node, parsed: digest } of digestsOf(context.document)) {
      if (!digest || isRegisteredAlgorithm(digest.algorithm)) continue;
      context.report({
        message: `"${digest.algorithm}" is not a registered digest algorithm (sha256, sha512, blake3): accepted, but it cannot be verified and is not portable.`,
        node,
      });
    }
  },
};
