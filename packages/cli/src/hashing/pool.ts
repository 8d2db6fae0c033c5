/**
 * Hashes files on every core at once: the main thread and one worker thread per further core take jobs from
 * shared batches, largest first (the classic longest-processing-time rule keeps every core busy to the end),
 * each taking its next job the moment it finishes one (batch.ts). The main thread hashes a few megabytes at
 * a time and lets its event loop run in between, so replies are handled and progress keeps drawing. Small
 * files are hashed on the spot, where a message round trip would cost more than the hash. Without the worker
 * bundle (running from sources) the main thread hashes everything.
 */
import { existsSync, lstatSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DigestAlgorithm } from "@ocilens/core";
import { ClaimableBatch, newClaims } from "./batch.js";
import { FileHashing, HASH_CHUNK_BYTES, hashFileSync, type FileDigest } from "./hash-file-sync.js";
import type { HashBatchMessage, HashJob, HashReply, HashWorkerData } from "./messages.js";

/** Below this a file is hashed on the spot: the message round trip would cost as much as the hash. */
const INLINE_LIMIT_BYTES = 64 * 1024;

/**
 * What the main thread hashes before its event loop runs again: a few milliseconds of work, rare enough that
 * the turns cost nothing measurable (a turn per 128 KiB cost 10 % more CPU), often enough for progress.
 */
const MAIN_SLICE_BYTES = 32 * HASH_CHUNK_BYTES;

/** The main thread's mark on the jobs it takes; workers are 1, 2, … */
const MAIN_CLAIMANT = -1;

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
  /** The batch it went into. */
  batch?: ClaimableBatch<PendingJob>;
  resolve: (digest: FileDigest) => void;
  reject: (error: Error) => void;
};
type WorkerSlot = { worker: Worker; claimant: number };
type MainJob = { job: PendingJob; file: FileHashing };

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
  readonly #workers: WorkerSlot[] = [];
  #workersStarted = 0;
  /** Jobs submitted since the last batch was formed. */
  #queue: PendingJob[] = [];
  /** Batches that may still have jobs nobody has taken, oldest first (the main thread drops used ones). */
  readonly #batches: ClaimableBatch<PendingJob>[] = [];
  /** Jobs taken or waiting, not yet settled, by id. */
  readonly #unsettled = new Map<number, PendingJob>();
  readonly #listeners: ProgressListener[] = [];
  readonly #mainBuffer = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
  #mainJob: MainJob | null = null;
  #mainRunning = false;
  #nextId = 0;
  #batchScheduled = false;
  #closed = false;
  #doneBytes = 0;
  #totalBytes = 0;

  /** `workers`: worker threads besides the main thread; by default one per core but the main thread's. */
  constructor(options: { workers?: number } = {}) {
    const url = new URL("./hash-worker.js", import.meta.url);
    this.#workerUrl = existsSync(url) ? url : null;
    this.#maxWorkers = Math.max(0, options.workers ?? availableParallelism() - 1);
  }

  onProgress(listener: ProgressListener): void {
    this.#listeners.push(listener);
  }

  /**
   * Starts the workers before the first job, for a caller that knows large files are coming: a worker takes
   * tens of milliseconds of CPU to start, which then overlaps whatever the main thread does until then.
   */
  prestart(): void {
    while (!this.#closed && this.#workerUrl !== null && this.#workers.length < this.#maxWorkers) {
      this.#startWorker(this.#workerUrl);
    }
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
    if (size < INLINE_LIMIT_BYTES) return this.#hashInline(request, noFollow);
    return new Promise((resolve, reject) => {
      const job: PendingJob = { id: this.#nextId++, ...request, noFollow, size, resolve, reject };
      this.#unsettled.set(job.id, job);
      this.#queue.push(job);
      this.#scheduleBatch();
    });
  }

  /** Stops hashing; pending jobs are not affected because close is called after they settle. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#mainJob?.file.close();
    this.#mainJob = null;
    const workers = this.#workers.splice(0);
    await Promise.all(workers.map((slot) => slot.worker.terminate()));
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

  /**
   * Jobs submitted together (the core asks for every blob of a layout in one synchronous loop) form one batch,
   * sorted largest first. It goes out in a microtask, so the workers start hashing before the caller goes on
   * to read and validate documents; the main thread joins in once the caller waits.
   */
  #scheduleBatch(): void {
    if (this.#batchScheduled) return;
    this.#batchScheduled = true;
    queueMicrotask(() => {
      this.#batchScheduled = false;
      this.#formBatch();
    });
  }

  #formBatch(): void {
    if (this.#closed || this.#queue.length === 0) return;
    const jobs = this.#queue.sort((a, b) => b.size - a.size);
    this.#queue = [];
    const batch = new ClaimableBatch(jobs, newClaims(jobs.length));
    for (const job of jobs) job.batch = batch;
    this.#batches.push(batch);
    this.prestart();
    const message: HashBatchMessage = {
      jobs: jobs.map(({ id, path, algorithm, noFollow }) => ({ id, path, algorithm, noFollow })),
      claims: batch.claims,
    };
    for (const slot of this.#workers) {
      slot.worker.postMessage(message);
      slot.worker.ref();
    }
    if (!this.#mainRunning) {
      this.#mainRunning = true;
      setImmediate(this.#mainTurn);
    }
  }

  /** One turn of the main thread's share: a slice of its current file, or taking the next job. */
  readonly #mainTurn = (): void => {
    if (this.#closed) return;
    const current = this.#mainJob ?? this.#takeMainJob();
    if (current === null) {
      this.#mainRunning = false;
      return;
    }
    try {
      const digest = current.file.advance(this.#mainBuffer, MAIN_SLICE_BYTES);
      if (digest !== null) {
        this.#endMainJob(current);
        this.#settle(current.job, digest);
      }
    } catch (error) {
      this.#endMainJob(current);
      this.#settle(current.job, asFailure(error));
    }
    setImmediate(this.#mainTurn);
  };

  #takeMainJob(): MainJob | null {
    while (this.#batches.length > 0) {
      const job = this.#batches[0]!.claim(MAIN_CLAIMANT);
      if (job === null) {
        this.#batches.shift();
        continue;
      }
      try {
        const file = new FileHashing(job.path, job.algorithm, {
          noFollow: job.noFollow,
          onProgress: (bytes) => this.#progress(bytes),
        });
        this.#mainJob = { job, file };
        return this.#mainJob;
      } catch (error) {
        this.#settle(job, asFailure(error));
      }
    }
    return null;
  }

  #endMainJob(current: MainJob): void {
    current.file.close();
    this.#mainJob = null;
  }

  #startWorker(url: URL): void {
    const workerData: HashWorkerData = { claimant: ++this.#workersStarted };
    const slot: WorkerSlot = { worker: new Worker(url, { workerData }), claimant: workerData.claimant };
    // An idle worker must not keep the process alive.
    slot.worker.unref();
    slot.worker.on("message", (reply: HashReply) => this.#onReply(reply));
    slot.worker.on("error", (error) => {
      this.#workers.splice(this.#workers.indexOf(slot), 1);
      // What it had taken is lost; what it had not taken the others take.
      for (const job of [...this.#unsettled.values()]) {
        if (job.batch?.claimantOf(job) === slot.claimant) this.#settle(job, asFailure(error));
      }
    });
    this.#workers.push(slot);
  }

  #onReply(reply: HashReply): void {
    const job = this.#unsettled.get(reply.id);
    if (!job) return;
    if (reply.type === "progress") this.#progress(reply.bytes);
    else if (reply.type === "done") this.#settle(job, { digest: reply.digest, size: reply.size });
    else this.#settle(job, new HashFailure(reply.code, reply.message));
  }

  #settle(job: PendingJob, outcome: FileDigest | Error): void {
    if (!this.#unsettled.delete(job.id)) return;
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
    if (this.#unsettled.size === 0) for (const slot of this.#workers) slot.worker.unref();
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
