/**
 * The shared check of R9–R11: a registered algorithm fixes the encoded part to lower-case hex of one length.
 */
import { digestsOf, parseDigest, REGISTERED_DIGEST_ALGORITHMS } from "../../documents/digests.js";
import type { RuleContext } from "../rule.js";

export function checkRegisteredEncoding(context: RuleContext, algorithm: string): void {
  const length = REGISTERED_DIGEST_ALGORITHMS[algorithm]!.hexLength;
  const pattern = new RegExp(`^[a-f0-9]{${length}}$`);
  for (const { node } of digestsOf(context.document)) {
    const digest = parseDigest(node.value);
    if (!digest || digest.algorithm !== algorithm || pattern.test(digest.encoded)) continue;
    const encoded = digest.encoded;
    const problem =
      /[A-F]/.test(encoded) && /^[a-fA-F0-9]+$/.test(encoded)
        ? "has upper-case hex digits (A-F are forbidden)"
        : !/^[a-fA-F0-9]+$/.test(encoded)
          ? "has characters that are not hex digits"
          : `has ${encoded.length} hex digits`;
    context.report({
      message: `A ${algorithm} digest must be exactly ${length} lower-case hex digits; this one ${problem}.`,
      node,
    });
  }
}
