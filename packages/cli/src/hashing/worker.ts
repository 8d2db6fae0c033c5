/**
 * A hashing worker thread: takes one job at a time from the pool and hashes the file with a buffer it keeps
 * for its whole life. Built as its own small bundle (dist/hash-worker.js) so it starts in milliseconds.
 */
import { parentPort } from "node:worker_threads";
import { HASH_CHUNK_BYTES, hashFileSync } from "./hash-file-sync.js";
import type { HashJob, HashReply } from "./messages.js";

const port = parentPort;
if (!port) throw new Error("hash-worker must run in a worker thread");
const buffer = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
const reply = (message: HashReply) => port.postMessage(message);

port.on("message", (job: HashJob) => {
  try {
    const result = hashFileSync(job.path, job.algorithm, buffer, {
      noFollow: job.noFollow,
      onProgress: (bytes) => reply({ id: job.id, type: "progress", bytes }),
    });
    reply({ id: job.id, type: "done", ...result });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    reply({ id: job.id, type: "failed", code: failure.code ?? "EIO", message: failure.message });
  }
});
