/**
 * Does a descriptor describe these bytes? The one comparison behind desc.data-matches (embedded `data`) and
 * xref.content-digest (a blob, file or registry response given with the document): the byte length against
 * `size`, and the hash against `digest` for every registered algorithm (sha256, sha512, blake3).
 *
 * Malformed `size` or `digest` values are not compared: their own rules report them, and a comparison
 * against a value that cannot be right would only repeat that. Each mismatch carries the edit that makes
 * the descriptor describe the bytes.
 */
import type { Sha256Sync } from "../../documents/document.js";
import { digestWith, parseDigest } from "../../documents/digests.js";
import { getMember } from "../../json/access.js";
import { integerOfLiteral } from "../../json/numbers.js";
import type { JsonNumber, JsonObject, JsonString } from "../../json/node.js";
import type { Fix } from "../rule.js";
import { replaceValue } from "../edits.js";
import { hasRegisteredEncoding } from "../digest/registered-encoding.js";

export type ContentMismatch =
  | { field: "size"; node: JsonNumber; declared: string; actual: number; fix: Fix }
  | { field: "digest"; node: JsonString; declared: string; actual: string; fix: Fix };

/** The algorithm of a digest written in its registered form (lower-case hex of the right length), if it is one. */
function registeredAlgorithm(digest: string): string | undefined {
  const parsed = parseDigest(digest);
  return parsed && hasRegisteredEncoding(parsed) ? parsed.algorithm : undefined;
}

/**
 * The ways `descriptor` fails to describe `bytes`. `sha256` hashes them when the digest is a sha256 one: the
 * document's own hasher (node:crypto in the CLI), or one that returns the digest the caller already has.
 */
export function contentMismatches(
  descriptor: JsonObject,
  bytes: Uint8Array,
  sha256?: Sha256Sync,
): ContentMismatch[] {
  const mismatches: ContentMismatch[] = [];
  const size = getMember(descriptor, "size");
  const declaredSize = size?.type === "number" ? integerOfLiteral(size.raw) : undefined;
  if (size?.type === "number" && declaredSize !== undefined && declaredSize !== BigInt(bytes.length)) {
    mismatches.push({
      field: "size",
      node: size,
      declared: size.raw,
      actual: bytes.length,
      fix: { title: `Set size to ${bytes.length}`, edits: [replaceValue(size, String(bytes.length))] },
    });
  }
  const digest = getMember(descriptor, "digest");
  const algorithm = digest?.type === "string" ? registeredAlgorithm(digest.value) : undefined;
  if (digest?.type === "string" && algorithm) {
    const actual = algorithm === "sha256" && sha256 ? sha256(bytes) : digestWith(algorithm, bytes)!;
    if (actual !== digest.value) {
      mismatches.push({
        field: "digest",
        node: digest,
        declared: digest.value,
        actual,
        fix: { title: `Set digest to ${actual}`, edits: [replaceValue(digest, JSON.stringify(actual))] },
      });
    }
  }
  return mismatches;
}
