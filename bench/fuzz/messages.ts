/** What the fuzz script and its workers exchange. */
export type WorkerTask = {
  seeds: Uint8Array[];
  /** Offset of this worker's first document in the whole run (so each draws different documents). */
  first: number;
  count: number;
  seed: number;
  hangMs: number;
  batchSize: number;
};

/** One notable input: a crash, a contract violation, a hang or one of the slowest. */
export type Finding = { detail: string; ms: number; size: number; preview: string; base64: string };

export type WorkerResult = {
  documents: number;
  /** Time in validateDocument (+ selectManifest for indexes). */
  validateMs: number;
  /** Time JSON.parse took on the same bytes, the reference. */
  referenceMs: number;
  /** Documents that parsed to an index and went through every engine's selectManifest. */
  selections: number;
  crashes: Finding[];
  violations: Finding[];
  hangs: Finding[];
  slowest: Finding[];
};

export function emptyResult(): WorkerResult {
  return {
    documents: 0,
    validateMs: 0,
    referenceMs: 0,
    selections: 0,
    crashes: [],
    violations: [],
    hangs: [],
    slowest: [],
  };
}

/** Running totals, sent after every batch so that a long run shows what it has found so far. */
export type Progress = { documents: number; crashes: number; violations: number; hangs: number };

export type WorkerMessage = { progress: Progress } | { result: WorkerResult };
