/**
 * A pool of hashing worker threads, so every core hashes at once. Jobs are handed out largest first (the
 * classic longest-processing-time rule keeps both cores busy to the end); workers start only when a job
 * needs one, and small files are hashed on the main thread, where a message round trip would cost more
 * than the hash. Without the worker bundle (running from sources) everything is hashed on the main thread.
 */
import { existsSync, lstatSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DigestAlgorithm } from "@ocilens/core";
import { HASH_CHUNK_BYTES, hashFileSync, type FileDigest } from "./hash-file-sync.js";
import type { HashJob, HashReply } from "./messages.js";

/** Below this a file is hashed on the main thread: the message round trip would cost as much as the hash. */
const INLINE_LIMIT_BYTES = 64 * 1024;

export type HashRequest = {
  path: string;
  algorithm: DigestAlgorithm;
  /** Refuse symbolic links (for image layouts). */
  noFollow?: boolean;
  /** The size from an earlier stat; saves a second one. */
  size?: number;
};

export type ProgressListener = (doneBytes: number, totalBytes: number) => void;

type PendingJob = HashJob & {
  size: number;
  resolve: (digest: FileDigest) => void;
  reject: (error: Error) => void;
};
type Slot = { worker: Worker; job: PendingJob | null };

export class HashFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class HashPool {
  readonly #workerUrl: URL | null;
  readonly #maxWorkers: number;
  readonly #slots: Slot[] = [];
  /** Waiting jobs; sorted smallest first before a dispatch, so the largest is popped first. */
  readonly #queue: PendingJob[] = [];
  #queueSorted = true;
  readonly #listeners: ProgressListener[] = [];
  readonly #mainBuffer = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
  #nextId = 0;
  #dispatchScheduled = false;
  #doneBytes = 0;
  #totalBytes = 0;

  constructor(options: { threads?: number } = {}) {
    const url = new URL("./hash-worker.js", import.meta.url);
    this.#workerUrl = existsSync(url) ? url : null;
    this.#maxWorkers = Math.max(1, options.threads ?? availableParallelism());
  }

  onProgress(listener: ProgressListener): void {
    this.#listeners.push(listener);
  }

  hash(request: HashRequest): Promise<FileDigest> {
    const noFollow = request.noFollow ?? false;
    let size: number;
    try {
      size = request.size ?? (noFollow ? lstatSync(request.path) : statSync(request.path)).size;
    } catch (error) {
      return Promise.reject(asFailure(error));
    }
    this.#totalBytes += size;
    if (this.#workerUrl === null || size < INLINE_LIMIT_BYTES) return this.#hashInline(request, noFollow);
    return new Promise((resolve, reject) => {
      const job: PendingJob = { id: this.#nextId++, ...request, noFollow, size, resolve, reject };
      this.#queue.push(job);
      this.#queueSorted = false;
      this.#scheduleDispatch();
    });
  }

  /** Stops the workers; pending jobs are not affected because close is called after they settle. */
  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #hashInline(request: HashRequest, noFollow: boolean): Promise<FileDigest> {
    try {
      return Promise.resolve(
        hashFileSync(request.path, request.algorithm, this.#mainBuffer, {
          noFollow,
          onProgress: (bytes) => this.#progress(bytes),
        }),
      );
    } catch (error) {
      return Promise.reject(asFailure(error));
    }
  }

  // Jobs submitted in the same turn of the event loop are sorted before the first is handed out.
  #scheduleDispatch(): void {
    if (this.#dispatchScheduled) return;
    this.#dispatchScheduled = true;
    setImmediate(() => {
      this.#dispatchScheduled = false;
      this.#dispatch();
    });
  }

  #dispatch(): void {
    if (!this.#queueSorted) {
      this.#queue.sort((a, b) => a.size - b.size);
      this.#queueSorted = true;
    }
    while (this.#queue.length > 0) {
      const slot = this.#slots.find((candidate) => candidate.job === null) ?? this.#startWorker();
      if (!slot) return;
      const job = this.#queue.pop()!;
      slot.job = job;
      slot.worker.ref();
      const message: HashJob = {
        id: job.id,
        path: job.path,
        algorithm: job.algorithm,
        noFollow: job.noFollow,
      };
      slot.worker.postMessage(message);
    }
  }

  #startWorker(): Slot | undefined {
    if (this.#slots.length >= this.#maxWorkers || this.#workerUrl === null) return undefined;
    const slot: Slot = { worker: new Worker(this.#workerUrl), job: null };
    slot.worker.on("message", (reply: HashReply) => this.#onReply(slot, reply));
    slot.worker.on("error", (error) => {
      slot.job?.reject(asFailure(error));
      this.#slots.splice(this.#slots.indexOf(slot), 1);
      this.#dispatch();
    });
    this.#slots.push(slot);
    return slot;
  }

  #onReply(slot: Slot, reply: HashReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    if (reply.type === "progress") {
      this.#progress(reply.bytes);
      return;
    }
    slot.job = null;
    // An idle worker must not keep the process alive.
    slot.worker.unref();
    if (reply.type === "done") job.resolve({ digest: reply.digest, size: reply.size });
    else job.reject(new HashFailure(reply.code, reply.message));
    this.#dispatch();
  }

  #progress(bytes: number): void {
    this.#doneBytes += bytes;
    for (const listener of this.#listeners) listener(this.#doneBytes, this.#totalBytes);
  }
}

function asFailure(error: unknown): HashFailure {
  const failure = error as NodeJS.ErrnoException;
  return new HashFailure(failure.code ?? "EIO", failure.message ?? String(error));
}
