/**
 * A hashing worker thread: takes jobs from the batches the pool sends until none is left untaken, hashing
 * each file with a buffer it keeps for its whole life. Built as its own small bundle (dist/hash-worker.js) so
 * it starts in milliseconds.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ClaimableBatch } from "./batch.js";
import { HASH_CHUNK_BYTES, hashFileSync } from "./hash-file-sync.js";
import type { HashBatchMessage, HashReply, HashWorkerData } from "./messages.js";

const port = parentPort;
if (!port) throw new Error("hash-worker must run in a worker thread");
const { claimant } = workerData as HashWorkerData;
const buffer = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
const reply = (message: HashReply) => port.postMessage(message);

// Messages are handled one at a time, so batches that arrive while one is drained wait their turn.
port.on("message", (message: HashBatchMessage) => {
  const batch = new ClaimableBatch(message.jobs, message.claims);
  for (let job = batch.claim(claimant); job !== null; job = batch.claim(claimant)) {
    const { id } = job;
    try {
      const result = hashFileSync(job.path, job.algorithm, buffer, {
        noFollow: job.noFollow,
        onProgress: (bytes) => reply({ id, type: "progress", bytes }),
      });
      reply({ id, type: "done", ...result });
    } catch (error) {
      const failure = error as NodeJS.ErrnoException;
      reply({ id, type: "failed", code: failure.code ?? "EIO", message: failure.message });
    }
  }
});
