/**
 * Whether a digest string found outside a descriptor (an annotation value) is usable: it must fit the OCI
 * grammar and, for a registered algorithm, have that algorithm's exact lower-case hex length.
 */
import { explainDigestGrammar, parseDigest, REGISTERED_DIGEST_ALGORITHMS } from "../../documents/digests.js";

/** Why `value` is not a valid digest, or undefined when it is one. */
export function digestProblem(value: string): string | undefined {
  const digest = parseDigest(value);
  if (!digest) return explainDigestGrammar(value);
  if (!Object.hasOwn(REGISTERED_DIGEST_ALGORITHMS, digest.algorithm)) return undefined;
  const length = REGISTERED_DIGEST_ALGORITHMS[digest.algorithm]!.hexLength;
  return new RegExp(`^[a-f0-9]{${length}}$`).test(digest.encoded)
    ? undefined
    : `a ${digest.algorithm} digest is exactly ${length} lower-case hex digits`;
}
