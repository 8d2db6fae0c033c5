/**
 * An image layout in a tar archive (`.tar`, or gzip-compressed `.tar.gz`/`.tgz`), read in one streaming pass:
 * every file is hashed as it passes, and files that look like JSON are kept for validation. Entries that
 * are links, devices or names leaving the layout are refused; an archive that expands beyond its cap is
 * stopped, so a decompression bomb costs bounded time and memory.
 */
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import { createGunzip } from "node:zlib";
import tar from "tar-stream";
import type {
  BlobDigest,
  DigestAlgorithm,
  LayoutEntry,
  LayoutListing,
  LayoutReader,
  RefusedEntry,
} from "@ocilens/core";
import { layoutPathOfTarName } from "./tar-path.js";

export type TarLimits = {
  /** Most bytes the archive may expand to (entry contents and headers). */
  maxExpandedBytes: number;
  /** Most bytes of JSON-looking files kept in memory for validation. */
  maxKeptBytes: number;
  /** Largest single file kept. */
  maxKeptFileBytes: number;
  maxEntries: number;
};

/** Always kept, whatever they start with: the layout's own files. */
const TOP_LEVEL = new Set(["oci-layout", "index.json"]);

/** gzip compresses real layouts a few times at most; a ratio far beyond is a bomb. */
const MAX_GZIP_RATIO = 200;

export function defaultTarLimits(archiveBytes: number, gzipped: boolean): TarLimits {
  return {
    // A plain tar holds at most its own size; only compression can make it expand.
    maxExpandedBytes: gzipped ? Math.max(archiveBytes * MAX_GZIP_RATIO, 64 * 1024 * 1024) : archiveBytes,
    maxKeptBytes: 256 * 1024 * 1024,
    maxKeptFileBytes: 64 * 1024 * 1024,
    maxEntries: 1_000_000,
  };
}

export async function isGzipFile(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await file.close();
  }
}

export class ArchiveTooLarge extends Error {}

type Scanned = {
  listing: LayoutListing;
  files: ReadonlyMap<string, LayoutEntry>;
  kept: Map<string, Uint8Array>;
  digests: Map<string, BlobDigest>;
};

export class TarLayoutReader implements LayoutReader {
  #scan: Promise<Scanned> | null = null;

  constructor(
    readonly archive: string,
    readonly limits?: TarLimits,
  ) {}

  async list(): Promise<LayoutListing> {
    return (await this.#scanned()).listing;
  }

  async read(path: string, limit: number): Promise<Uint8Array | null> {
    const { kept, files } = await this.#scanned();
    const entry = files.get(path);
    if (entry?.type !== "file") throw new Error(`${path} is not a listed file of the archive`);
    if (entry.size > limit) return null;
    // Files that did not look like JSON during the scan (a corrupt manifest, say) are fetched in a second pass.
    return kept.get(path) ?? (await this.#extractOne(path));
  }

  async digest(path: string, algorithm: DigestAlgorithm): Promise<BlobDigest> {
    const found = (await this.#scanned()).digests.get(path);
    if (!found || !found.digest.startsWith(`${algorithm}:`))
      throw new Error(`${path} was not hashed with ${algorithm}`);
    return found;
  }

  #scanned(): Promise<Scanned> {
    this.#scan ??= this.#scanArchive();
    return this.#scan;
  }

  async #limits(): Promise<{ gzipped: boolean; limits: TarLimits }> {
    const gzipped = await isGzipFile(this.archive);
    return { gzipped, limits: this.limits ?? defaultTarLimits(statSync(this.archive).size, gzipped) };
  }

  /** Streams the archive (decompressed when needed) through `extract`, stopping beyond the expansion cap. */
  async #stream(extract: tar.Extract): Promise<void> {
    const { gzipped, limits } = await this.#limits();
    let expanded = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        expanded += chunk.length;
        if (expanded > limits.maxExpandedBytes) {
          callback(
            new ArchiveTooLarge(`the archive expands beyond ${limits.maxExpandedBytes} bytes; stopped`),
          );
        } else callback(null, chunk);
      },
    });
    const source = createReadStream(this.archive, { highWaterMark: 1 << 20 });
    if (gzipped) await pipeline(source, createGunzip(), cap, extract);
    else await pipeline(source, cap, extract);
  }

  async #extractOne(path: string): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    const extract = tar.extract();
    extract.on("entry", (header, stream, next) => {
      const target = layoutPathOfTarName(header.name);
      const wanted = "path" in target && target.path === path;
      if (wanted) chunks.length = 0; // the last entry of a name wins, as in the scan
      stream.on("data", (data: unknown) => {
        const chunk = data as Buffer;
        if (wanted) chunks.push(chunk);
      });
      stream.on("end", () => next());
      stream.on("error", next);
    });
    await this.#stream(extract);
    return Buffer.concat(chunks);
  }

  async #scanArchive(): Promise<Scanned> {
    const { limits } = await this.#limits();
    /** By path: a later entry of the same name replaces the earlier one, as when extracting. */
    const entries = new Map<string, LayoutEntry>();
    const refused: RefusedEntry[] = [];
    const kept = new Map<string, Uint8Array>();
    const digests = new Map<string, BlobDigest>();
    let keptBytes = 0;
    const extract = tar.extract();
    extract.on("entry", (header, stream, next) => {
      const done = (error?: Error) => (error ? next(error) : next());
      if (entries.size + refused.length >= limits.maxEntries) {
        done(new ArchiveTooLarge(`more than ${limits.maxEntries} entries`));
        return;
      }
      const target = layoutPathOfTarName(header.name);
      const type = header.type ?? "file";
      const refuse = (reason: string) => {
        refused.push({ path: header.name, reason });
        stream.on("end", () => done()).resume();
      };
      if ("refused" in target) return refuse(target.refused);
      if (type === "directory") {
        entries.set(target.path, { path: target.path, type: "directory", size: 0 });
        return stream.on("end", () => done()).resume();
      }
      if (type !== "file" && type !== "contiguous-file") return refuse(`a ${type} entry`);
      if (target.path === "") return refuse("an empty name");
      const algorithm: DigestAlgorithm = target.path.startsWith("blobs/sha512/") ? "sha512" : "sha256";
      const hash = createHash(algorithm);
      const chunks: Buffer[] = [];
      let size = 0;
      let keep = true;
      stream.on("data", (data: unknown) => {
        const chunk = data as Buffer;
        hash.update(chunk);
        if (size === 0 && chunk.length > 0) keep = TOP_LEVEL.has(target.path) || looksLikeJson(chunk);
        size += chunk.length;
        keep &&= size <= limits.maxKeptFileBytes && keptBytes + size <= limits.maxKeptBytes;
        if (keep) chunks.push(chunk);
        else chunks.length = 0;
      });
      stream.on("end", () => {
        if (entries.delete(target.path)) {
          refused.push({
            path: header.name,
            reason: "a second entry with the same name (the last one is used)",
          });
        }
        entries.set(target.path, { path: target.path, type: "file", size });
        digests.set(target.path, { digest: `${algorithm}:${hash.digest("hex")}`, size });
        keptBytes -= kept.get(target.path)?.length ?? 0;
        kept.delete(target.path);
        if (keep) {
          const bytes = Buffer.concat(chunks);
          keptBytes += bytes.length;
          kept.set(target.path, bytes);
        }
        done();
      });
      stream.on("error", done);
    });
    await this.#stream(extract);
    return { listing: { entries: [...entries.values()], refused }, files: entries, kept, digests };
  }
}

/** JSON documents start with `{` after optional whitespace (or a BOM, which the JSON rules report). */
function looksLikeJson(chunk: Buffer): boolean {
  for (const byte of chunk) {
    if (
      byte === 0x20 ||
      byte === 0x09 ||
      byte === 0x0a ||
      byte === 0x0d ||
      byte === 0xef ||
      byte === 0xbb ||
      byte === 0xbf
    ) {
      continue;
    }
    return byte === 0x7b;
  }
  return true;
}
