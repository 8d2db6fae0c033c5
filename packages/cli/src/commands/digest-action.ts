/**
 * The body of `ocilens digest`, loaded only when the command runs so that start-up and the other commands
 * never load the hashing pool and the layout reader.
 */
import { statSync } from "node:fs";
import { verifyBlobs, type BlobStatus, type DigestAlgorithm } from "@ocilens/core";
import { HashPool } from "../hashing/pool.js";
import { showHashProgress } from "../hashing/progress.js";
import { digestStream } from "../io/hash-file.js";
import { EXIT, UsageError } from "../io/exit.js";
import { isLayoutFolder } from "../sources/collect.js";
import { filesBelow } from "../sources/folder-files.js";
import { FolderLayoutReader } from "../sources/layout-folder.js";
import { layoutFilePath, STDIN_PATH } from "../sources/paths.js";

export type DigestOptions = { algorithm: DigestAlgorithm; format: "text" | "json" };
/** `status` only for the blobs of an image layout: does the content hash to the digest its path names? */
type DigestLine = { path: string; digest: string; size: number; status?: BlobStatus };

export async function runDigest(paths: string[], options: DigestOptions): Promise<void> {
  const pool = new HashPool();
  const stopProgress = showHashProgress(pool);
  try {
    const lines = (await Promise.all(paths.map((path) => digestPath(path, options.algorithm, pool)))).flat();
    stopProgress();
    process.stdout.write(
      options.format === "json"
        ? `${JSON.stringify(lines, null, 2)}\n`
        : lines
            .map(
              (line) =>
                `${line.digest}  ${line.size}  ${line.path}${line.status ? `  ${line.status}` : ""}\n`,
            )
            .join(""),
    );
    const bad = lines.some((line) => line.status !== undefined && line.status !== "ok");
    process.exitCode = bad ? EXIT.findings : EXIT.ok;
  } finally {
    stopProgress();
    await pool.close();
  }
}

async function digestPath(path: string, algorithm: DigestAlgorithm, pool: HashPool): Promise<DigestLine[]> {
  const unreadable = (error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${path}: ${error.code ?? error.message}`);
  };
  if (path === STDIN_PATH) return [{ path, ...(await digestStream(process.stdin, algorithm)) }];
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats?.isDirectory()) {
    if (isLayoutFolder(path)) return digestLayout(path, pool).catch(unreadable);
    const files = await filesBelow(path).catch(unreadable);
    return Promise.all(
      files.map(async (file) => ({ path: file, ...(await pool.hash({ path: file, algorithm })) })),
    );
  }
  return [{ path, ...(await pool.hash({ path, algorithm, size: stats?.size }).catch(unreadable)) }];
}

/** Every blob of a layout, hashed with the algorithm its path names and compared with that name. */
async function digestLayout(path: string, pool: HashPool): Promise<DigestLine[]> {
  const reader = new FolderLayoutReader(path, pool);
  const { entries } = await reader.list();
  const checks = await verifyBlobs(reader, entries);
  return checks.map((check) => ({
    path: layoutFilePath(path, false, check.path),
    digest: check.digest ?? check.claimed ?? "",
    size: check.size,
    status: check.status,
  }));
}
