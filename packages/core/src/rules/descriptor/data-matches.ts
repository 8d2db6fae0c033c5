import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import { digestWith, parseDigest } from "../../documents/digests.js";
import { getMember } from "../../json/access.js";
import { integerOfLiteral } from "../../json/numbers.js";
import type { Rule } from "../rule.js";
import { base64Problem, decodeBase64 } from "./base64.js";
import { descriptorData } from "./string-members.js";

export const dataMatches: Rule = {
  id: "R25",
  key: "desc.data-matches",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Embedded `data` is the referenced content: its length is `size` and its hash is `digest`.",
  docs:
    "Clients may use `data` instead of fetching the blob, so it must be exactly the content the descriptor " +
    "names. ocilens decodes it and compares the length with `size` and, for sha256, sha512 and blake3, the " +
    "hash with `digest` (unregistered algorithms cannot be verified).",
  source: "image-spec descriptor.md § Properties (data: 'MUST be identical to the referenced content')",
  check(context) {
    for (const { ref, node } of descriptorData(context.document)) {
      if (base64Problem(node.value)) continue;
      const bytes = decodeBase64(node.value);
      const size = getMember(ref.node, "size");
      const declared = size?.type === "number" ? integerOfLiteral(size.raw) : undefined;
      if (declared !== undefined && declared !== BigInt(bytes.length)) {
        context.report({
          message: `"data" decodes to ${bytes.length} bytes but "size" is ${declared}.`,
          node,
        });
      }
      const digest = getMember(ref.node, "digest");
      if (digest?.type !== "string") continue;
      const parsed = parseDigest(digest.value);
      const actual = parsed && digestWith(parsed.algorithm, bytes);
      if (actual && actual !== digest.value) {
        context.report({
          message: `"data" hashes to ${actual}, not to the descriptor's digest ${digest.value}.`,
          node,
        });
      }
    }
  },
};
