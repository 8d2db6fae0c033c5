/**
 * The shared check of R9–R11: a registered algorithm fixes the encoded part to lower-case hex of one length.
 */
import { digestsOf } from "../../documents/digests.js";
import type { RuleContext } from "../rule.js";
import { hasRegisteredEncoding, registeredHexLength } from "./registered-encoding.js";

export function checkRegisteredEncoding(context: RuleContext, algorithm: string): void {
  const length = registeredHexLength(algorithm)!;
  for (const { node, parsed: digest } of digestsOf(context.document)) {
    if (!digest || digest.algorithm !== algorithm || hasRegisteredEncoding(digest)) continue;
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
