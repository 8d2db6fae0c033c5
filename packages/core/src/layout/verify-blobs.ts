/**
 * Every file under `blobs/` hashed and compared with the digest its path claims. All digests are requested
 * at once so that a reader with several hashing threads keeps them all busy.
 */
import { blobPathRule } from "../rules/oci-layout/blob-path.js";
import { digestOfBlobPath, verifiableAlgorithm } from "./blob-path.js";
import type { LayoutEntry, LayoutReader } from "./reader.js";

export type BlobStatus = "ok" | "mismatch" | "unverifiable" | "bad-path" | "unreadable";

export type BlobCheck = {
  path: string;
  /** The digest the path names, when it is one. */
  claimed: string | null;
  /** What the bytes hash to (with the claimed algorithm), when it could be computed. */
  digest: string | null;
  size: number;
  status: BlobStatus;
  /** Why, in one sentence, when the status is not "ok". */
  message: string | null;
};

export function isBlobFile(entry: LayoutEntry): boolean {
  return entry.type === "file" && entry.path.startsWith("blobs/");
}

export function verifyBlobs(reader: LayoutReader, entries: readonly LayoutEntry[]): Promise<BlobCheck[]> {
  return Promise.all(entries.filter(isBlobFile).map((entry) => verifyBlob(reader, entry)));
}

async function verifyBlob(reader: LayoutReader, entry: LayoutEntry): Promise<BlobCheck> {
  const base = { path: entry.path, size: entry.size, digest: null };
  const claimed = digestOfBlobPath(entry.path);
  if (!claimed) {
    return {
      ...base,
      claimed: null,
      status: "bad-path",
      message: `${entry.path} is not blobs/<algorithm>/<encoded> with a grammatical digest (${blobPathRule.key}).`,
    };
  }
  const claimedDigest = `${claimed.algorithm}:${claimed.encoded}`;
  const algorithm = verifiableAlgorithm(claimed);
  if (!algorithm) {
    return {
      ...base,
      claimed: claimedDigest,
      status: "unverifiable",
      message: `${entry.path} uses ${claimed.algorithm}, which ocilens cannot compute; its content is not verified.`,
    };
  }
  try {
    const { digest, size } = await reader.digest(entry.path, algorithm);
    const ok = digest === claimedDigest;
    return {
      path: entry.path,
      claimed: claimedDigest,
      digest,
      size,
      status: ok ? "ok" : "mismatch",
      message: ok
        ? null
        : `${entry.path} holds content with digest ${digest}, not the ${claimedDigest} its path names.`,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      claimed: claimedDigest,
      status: "unreadable",
      message: `${entry.path} could not be read: ${reason}`,
    };
  }
}
