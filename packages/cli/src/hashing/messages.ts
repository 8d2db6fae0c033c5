/** The messages between the hash pool (main thread) and its workers. */
import type { DigestAlgorithm } from "@ocilens/core";
import type { FileDigest } from "./hash-file-sync.js";

export type HashJob = { id: number; path: string; algorithm: DigestAlgorithm; noFollow: boolean };

export type HashReply =
  | { id: number; type: "progress"; bytes: number }
  | ({ id: number; type: "done" } & FileDigest)
  | { id: number; type: "failed"; code: string; message: string };
