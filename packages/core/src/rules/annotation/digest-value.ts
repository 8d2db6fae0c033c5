/**
 * Whether a digest string found outside a descriptor (an annotation value) is usable: it must fit the OCI
 * grammar and, for a registered algorithm, have that algorithm's exact lower-case hex length.
 */
import { explainDigestGrammar, parseDigest } from "../../documents/digests.js";
import { hasRegisteredEncoding, registeredHexLength } from "../digest/registered-encoding.js";

/** Why `value` is not a valid digest, or undefined when it is one. */
export function digestProblem(value: string): string | undefined {
  const digest = parseDigest(value);
  if (!digest) return explainDigestGrammar(value);
  const length = registeredHexLength(digest.algorithm);
  return length === undefined || hasRegisteredEncoding(digest)
    ? undefined
    : `a ${digest.algorithm} digest is exactly ${length} lower-case hex digits`;
}
