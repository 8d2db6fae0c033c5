/**
 * Command-line paths → sources. A path may be `-` (stdin), a file, a glob (quoted in CI so the shell leaves
 * it alone), a folder holding `oci-layout` (an image layout), any other folder (every `*.json` below it,
 * skipping dot-folders and node_modules; nested layouts are found too), or a `.tar`/`.tar.gz`/`.tgz`
 * archive of a layout.
 */
import { existsSync, statSync, type Stats } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { glob, isDynamicPattern } from "tinyglobby";
import { UsageError } from "../io/exit.js";
import type { HashPool } from "../hashing/pool.js";
import { FolderLayoutReader } from "./layout-folder.js";
import { TarLayoutReader } from "./layout-tar.js";
import { STDIN_PATH } from "./paths.js";
import type { Source } from "./source.js";
import { readStdin } from "./stdin.js";

export type CollectOptions = { cwd: string; maxSize: number; pool: HashPool; stdin: Readable };

export type Collected = {
  sources: Source[];
  /** Globs and folders that matched nothing. */ unmatched: string[];
};

const ARCHIVE = /\.(tar|tar\.gz|tgz)$/i;

export function isLayoutFolder(path: string): boolean {
  return existsSync(join(path, "oci-layout"));
}

export async function collectSources(paths: readonly string[], options: CollectOptions): Promise<Collected> {
  const sources: Source[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const addFile = async (path: string, stats: Stats) => {
    const key = resolve(options.cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    if (ARCHIVE.test(path)) {
      sources.push({ type: "layout", path, reader: new TarLayoutReader(key), archive: true });
    } else if (stats.size > options.maxSize) {
      const { digest, size } = await options.pool.hash({ path: key, algorithm: "sha256", size: stats.size });
      sources.push({ type: "oversized", path, digest, size });
    } else {
      sources.push({ type: "document", path, bytes: await readFile(key) });
    }
  };
  const addFolder = async (path: string): Promise<boolean> => {
    const key = resolve(options.cwd, path);
    if (seen.has(key)) return false;
    seen.add(key);
    if (isLayoutFolder(key)) {
      // Its blobs will be hashed: the workers start up while the layout is listed and its documents read.
      options.pool.prestart();
      sources.push({
        type: "layout",
        path,
        reader: new FolderLayoutReader(key, options.pool),
        archive: false,
      });
      return true;
    }
    let found = false;
    const children = await readdir(key, { withFileTypes: true });
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      if (child.name.startsWith(".") || child.name === "node_modules") continue;
      const childPath = join(path, child.name);
      if (child.isDirectory()) found = (await addFolder(childPath)) || found;
      else if (child.name.endsWith(".json")) {
        const stats = statSync(resolve(options.cwd, childPath), { throwIfNoEntry: false });
        if (stats?.isFile()) {
          await addFile(childPath, stats);
          found = true;
        }
      }
    }
    return found;
  };

  for (const path of paths) {
    if (path === STDIN_PATH) {
      sources.push(await readStdin(options.stdin, options.maxSize));
      continue;
    }
    const stats = statSync(resolve(options.cwd, path), { throwIfNoEntry: false });
    if (!stats && isDynamicPattern(path)) {
      const matches = await glob([path], { cwd: options.cwd, absolute: isAbsolute(path), onlyFiles: true });
      if (matches.length === 0) unmatched.push(path);
      for (const match of matches.sort()) await addFile(match, statSync(resolve(options.cwd, match)));
    } else if (!stats) {
      throw new UsageError(`cannot read ${path}: ENOENT`);
    } else if (stats.isDirectory()) {
      if (!(await addFolder(path))) unmatched.push(path);
    } else {
      await addFile(path, stats).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${path}: ${error.code ?? error.message}`);
      });
    }
  }
  return { sources, unmatched };
}
