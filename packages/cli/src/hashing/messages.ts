/** The messages between the hash pool (main thread) and its workers. */
import type { DigestAlgorithm } from "@ocilens/core";
import type { FileDigest } from "./hash-file-sync.js";

export type HashJob = { id: number; path: string; algorithm: DigestAlgorithm; noFollow: boolean };

/** Jobs sent to every worker at once, largest first; see batch.ts for how they are shared out. */
export type HashBatchMessage = { jobs: HashJob[]; claims: SharedArrayBuffer };

/** What the pool gives each worker when it starts: the number it marks its claims with. */
export type HashWorkerData = { claimant: number };

export type HashReply =
  | { id: number; type: "progress"; bytes: number }
  | ({ id: number; type: "done" } & FileDigest)
  | { id: number; type: "failed"; code: string; message: string };
