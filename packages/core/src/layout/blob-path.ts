/**
 * Digests and the blob paths of an image layout (`blobs/<algorithm>/<encoded>`). A digest is checked
 * against the grammar (and, for registered algorithms, their encoding) before it becomes a path: the
 * grammar admits neither `/` nor `.` in the encoded part, nor a leading `.` in the algorithm, so a
 * grammatical digest cannot name anything outside `blobs/`.
 */
import { isDigestAlgorithm, type DigestAlgorithm } from "../bytes/digest.js";
import { parseDigest, REGISTERED_DIGEST_ALGORITHMS, type ParsedDigest } from "../documents/digests.js";

/** The parts of a digest that satisfies the grammar and its registered encoding, else null. */
export function parseBlobDigest(digest: string): ParsedDigest | null {
  const parsed = parseDigest(digest);
  if (!parsed) return null;
  const registered = Object.hasOwn(REGISTERED_DIGEST_ALGORITHMS, parsed.algorithm)
    ? REGISTERED_DIGEST_ALGORITHMS[parsed.algorithm]
    : undefined;
  if (registered && !new RegExp(`^[a-f0-9]{${registered.hexLength}}$`).test(parsed.encoded)) return null;
  return parsed;
}

export function blobPathOf(digest: ParsedDigest): string {
  return `blobs/${digest.algorithm}/${digest.encoded}`;
}

/**
 * The digest a file under `blobs/` claims to hold, or null when its path is not `blobs/<alg>/<encoded>`
 * with both segments grammatical.
 */
export function digestOfBlobPath(path: string): ParsedDigest | null {
  const parts = path.split("/");
  if (parts.length !== 3 || parts[0] !== "blobs") return null;
  return parseBlobDigest(`${parts[1]}:${parts[2]}`);
}

/** The algorithm we can verify in constant memory, or null (blake3 and unregistered names). */
export function verifiableAlgorithm(digest: ParsedDigest): DigestAlgorithm | null {
  return isDigestAlgorithm(digest.algorithm) ? digest.algorithm : null;
}
