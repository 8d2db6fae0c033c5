/**
 * A batch of hash jobs shared by the main thread and the workers without asking anyone: each takes the next
 * job by atomically advancing a counter in shared memory, so a thread that finishes a file starts the next at
 * once instead of waiting for the main thread to hand one out. Every job's slot records who took it, so the
 * jobs of a worker that dies can be failed.
 */
import type { HashJob } from "./messages.js";

/** Slot 0 is the next job to take; slot 1 + i is the claimant of job i (0 while nobody has taken it). */
export function newClaims(jobCount: number): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (1 + jobCount));
}

export class ClaimableBatch<Job extends HashJob = HashJob> {
  readonly #slots: Int32Array;

  constructor(
    readonly jobs: readonly Job[],
    readonly claims: SharedArrayBuffer,
  ) {
    this.#slots = new Int32Array(claims);
  }

  /** The next job nobody has taken, now taken by `claimant` (any number but 0); null when all are taken. */
  claim(claimant: number): Job | null {
    const index = Atomics.add(this.#slots, 0, 1);
    if (index >= this.jobs.length) return null;
    Atomics.store(this.#slots, 1 + index, claimant);
    return this.jobs[index]!;
  }

  /** Who took `job` (0: nobody yet). */
  claimantOf(job: Job): number {
    return Atomics.load(this.#slots, 1 + this.jobs.indexOf(job));
  }
}
