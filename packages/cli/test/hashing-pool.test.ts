/**
 * The hash pool as the sources run it (no worker bundle next to them, so the main thread hashes every file a
 * slice at a time), and the shared batches its workers take jobs from. The spawned-binary tests in
 * layout.test.ts and digest.test.ts cover the bundle, where worker threads hash too.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClaimableBatch, newClaims } from "../src/hashing/batch.js";
import type { HashJob } from "../src/hashing/messages.js";
import { HashFailure, HashPool } from "../src/hashing/pool.js";

let dir: string;
const sizes = [0, 1, 64 * 1024 - 1, 64 * 1024, 3 * 1024 * 1024 + 7, 9 * 1024 * 1024];
const sha256 = (path: string) => `sha256:${createHash("sha256").update(readFileSync(path)).digest("hex")}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ocilens-pool-"));
  for (const size of sizes) writeFileSync(join(dir, `file-${size}`), randomBytes(size));
  symlinkSync(join(dir, `file-${sizes[4]}`), join(dir, "link"));
  mkdirSync(join(dir, "folder"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("HashPool", () => {
  it("hashes files below and above the inline limit, all asked for at once, like node:crypto", async () => {
    const pool = new HashPool();
    const done: number[] = [];
    pool.onProgress((doneBytes) => done.push(doneBytes));
    try {
      const paths = sizes.map((size) => join(dir, `file-${size}`));
      const digests = await Promise.all(paths.map((path) => pool.hash({ path, algorithm: "sha256" })));
      expect(digests).toEqual(paths.map((path, index) => ({ digest: sha256(path), size: sizes[index] })));
      expect(done.at(-1)).toBe(sizes.reduce((sum, size) => sum + size, 0));
    } finally {
      await pool.close();
    }
  });

  it("fails a missing file, a symbolic link under noFollow and a folder with their error codes", async () => {
    const pool = new HashPool();
    const failure = (path: string, noFollow = false) =>
      pool.hash({ path, algorithm: "sha256", noFollow, size: 1 << 20 }).catch((error: unknown) => error);
    try {
      const [missing, link, folder, followed] = await Promise.all([
        failure(join(dir, "missing")),
        failure(join(dir, "link"), true),
        failure(join(dir, "folder")),
        failure(join(dir, "link")),
      ]);
      expect(missing).toBeInstanceOf(HashFailure);
      expect(missing).toMatchObject({ code: "ENOENT" });
      expect(link).toMatchObject({ code: "ELOOP" });
      expect(folder).toMatchObject({ code: "EISDIR" });
      expect(followed).toEqual({ digest: sha256(join(dir, "link")), size: sizes[4] });
    } finally {
      await pool.close();
    }
  });
});

describe("ClaimableBatch", () => {
  it("gives every job to exactly one claimant, in order, and remembers who took it", () => {
    const jobs: HashJob[] = [0, 1, 2, 3, 4].map((id) => ({
      id,
      path: `blob-${id}`,
      algorithm: "sha256",
      noFollow: true,
    }));
    const claims = newClaims(jobs.length);
    // Two views of the same shared memory, as the main thread and a worker each hold one.
    const main = new ClaimableBatch(jobs, claims);
    const worker = new ClaimableBatch(structuredClone(jobs), claims);
    const taken = [main.claim(-1), worker.claim(1), worker.claim(1), main.claim(-1), worker.claim(1)];
    expect(taken.map((job) => job?.id)).toEqual([0, 1, 2, 3, 4]);
    expect(main.claim(-1)).toBeNull();
    expect(worker.claim(1)).toBeNull();
    expect(jobs.map((job) => main.claimantOf(job))).toEqual([-1, 1, 1, -1, 1]);
  });
});
