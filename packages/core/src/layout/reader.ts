/**
 * What the layout validator needs from wherever a layout lives: a folder on disk (CLI), a tar archive
 * (CLI), or files dropped into a browser (playground). The reader decides what is safe to expose; the
 * validator only ever asks for paths the reader listed.
 */
import type { DigestAlgorithm } from "../bytes/digest.js";

export type LayoutEntryType = "file" | "directory";

/** One entry below the layout root; `path` is relative with `/` separators, never `..` or absolute. */
export type LayoutEntry = { path: string; type: LayoutEntryType; size: number };

/** Something in the layout that the reader would not expose: a symlink, a device, a name escaping the root. */
export type RefusedEntry = { path: string; reason: string };

export type LayoutListing = { entries: LayoutEntry[]; refused: RefusedEntry[] };

export type BlobDigest = { digest: string; size: number };

export interface LayoutReader {
  list(): Promise<LayoutListing>;
  /** The whole content of a listed regular file, or null when it is larger than `limit` bytes. */
  read(path: string, limit: number): Promise<Uint8Array | null>;
  /** The digest and size of a listed regular file, computed in constant memory. */
  digest(path: string, algorithm: DigestAlgorithm): Promise<BlobDigest>;
}
