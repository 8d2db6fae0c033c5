/**
 * The form a registered algorithm fixes for a digest's encoded part: lower-case hex of the algorithm's length
 * (`sha256:` and 64 digits). One check for the digest rules (R9–R11), digest-valued annotations and the
 * content comparison, which only compares digests written in this form.
 */
import { REGISTERED_DIGEST_ALGORITHMS, type ParsedDigest } from "../../documents/digests.js";

const ENCODING_PATTERNS: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(REGISTERED_DIGEST_ALGORITHMS).map(([algorithm, { hexLength }]) => [
    algorithm,
    new RegExp(`^[a-f0-9]{${hexLength}}$`),
  ]),
);

/** The hex length a registered algorithm fixes, or undefined for an unregistered one. */
export function registeredHexLength(algorithm: string): number | undefined {
  return Object.hasOwn(REGISTERED_DIGEST_ALGORITHMS, algorithm)
    ? REGISTERED_DIGEST_ALGORITHMS[algorithm]!.hexLength
    : undefined;
}

/** Whether the digest's algorithm is registered and its encoded part has the form that algorithm fixes. */
export function hasRegisteredEncoding(digest: ParsedDigest): boolean {
  return ENCODING_PATTERNS.get(digest.algorithm)?.test(digest.encoded) ?? false;
}
