/**
 * An image layout in a folder. The folder is listed without following symbolic links; links, devices and
 * sockets are refused and reported, and only listed regular files are ever opened (with O_NOFOLLOW), so
 * nothing outside the layout is read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";
import type { DigestAlgorithm, LayoutEntry, LayoutListing, LayoutReader, RefusedEntry } from "@ocilens/core";
import type { HashPool } from "../hashing/pool.js";

/** More entries than any real layout has; a folder beyond it is not listed further. */
const MAX_ENTRIES = 1_000_000;

export class FolderLayoutReader implements LayoutReader {
  readonly #files = new Map<string, LayoutEntry>();

  constructor(
    readonly root: string,
    readonly pool: HashPool,
  ) {}

  // Synchronous on purpose: a blocking call per entry costs a fraction of a thread-pool round trip, nothing
  // else on the main thread has to run meanwhile, and the hashing workers start up on their own threads.
  async list(): Promise<LayoutListing> {
    const entries: LayoutEntry[] = [];
    const refused: RefusedEntry[] = [];
    const walk = (relative: string): void => {
      const children = readdirSync(join(this.root, relative), { withFileTypes: true });
      children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      if (entries.length + refused.length + children.length > MAX_ENTRIES) {
        refused.push({ path: relative || ".", reason: `more than ${MAX_ENTRIES} entries; not listed` });
        return;
      }
      for (const child of children) {
        const path = relative ? `${relative}/${child.name}` : child.name;
        if (child.isSymbolicLink()) refused.push({ path, reason: "a symbolic link" });
        else if (child.isDirectory()) {
          entries.push({ path, type: "directory", size: 0 });
          walk(path);
        } else if (child.isFile()) {
          const entry: LayoutEntry = { path, type: "file", size: lstatSync(join(this.root, path)).size };
          entries.push(entry);
          this.#files.set(path, entry);
        } else refused.push({ path, reason: "not a regular file (device, socket or pipe)" });
      }
    };
    walk("");
    return { entries, refused };
  }

  async read(path: string, limit: number): Promise<Uint8Array | null> {
    const fd = openSync(this.#pathOf(path), constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const size = fstatSync(fd).size;
      if (size > limit) return null;
      // The file may have grown since it was listed: read at most limit + 1 bytes to notice.
      const buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
      let filled = 0;
      for (;;) {
        const read = readSync(fd, buffer, filled, buffer.length - filled, null);
        if (read === 0) break;
        filled += read;
        if (filled === buffer.length) return filled > limit ? null : buffer;
      }
      return buffer.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  }

  digest(path: string, algorithm: DigestAlgorithm) {
    const entry = this.#files.get(path);
    return this.pool.hash({ path: this.#pathOf(path), algorithm, noFollow: true, size: entry?.size });
  }

  /** Only files this reader listed may be opened. */
  #pathOf(path: string): string {
    if (!this.#files.has(path)) throw new Error(`${path} is not a listed file of the layout`);
    return join(this.root, path);
  }
}
