/**
 * One fuzzing worker: draws its share of hostile documents (test/hostile/arbitraries.ts) batch by batch, runs
 * each through validateDocument (and, when it parses to an index, selectManifest with every engine), and
 * reports crashes, contract violations, inputs above the hang threshold and its slowest inputs.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ENGINE_IDS, selectManifest, validateDocument } from "../../packages/core/src/index.js";
import { hostileDocument, sample } from "../../packages/core/test/hostile/arbitraries.js";
import { reportProblems } from "../../packages/core/test/hostile/invariants.js";
import { emptyResult, type Finding, type Progress, type WorkerTask } from "./messages.js";

const { seeds, first, count, seed, hangMs, batchSize } = workerData as WorkerTask;
const HOST = { os: "linux", architecture: "arm", variant: "v7" };
const SLOWEST = 5;
const decoder = new TextDecoder();
const documents = hostileDocument(seeds);

const result = emptyResult();

function finding(bytes: Uint8Array, detail: string, ms: number): Finding {
  const preview = decoder.decode(bytes.subarray(0, 120)).replace(/[^\x20-\x7e]/g, "?");
  return {
    detail,
    ms,
    size: bytes.length,
    preview,
    base64: Buffer.from(bytes.subarray(0, 4096)).toString("base64"),
  };
}

function keepSlowest(entry: Finding) {
  result.slowest.push(entry);
  result.slowest.sort((a, b) => b.ms - a.ms);
  result.slowest.length = Math.min(result.slowest.length, SLOWEST);
}

/** The reference: what the bare platform parser costs on the same bytes. */
function parseWithJsonParse(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    return undefined;
  }
}

function selectEverywhere(value: unknown) {
  if (
    typeof value !== "object" ||
    value === null ||
    !Array.isArray((value as { manifests?: unknown }).manifests)
  )
    return;
  for (const engine of ENGINE_IDS) selectManifest(value, HOST, { engine });
  result.selections++;
}

for (let done = 0; done < count; done += batchSize) {
  const batch = sample(documents, Math.min(batchSize, count - done), seed + first + done);
  for (const bytes of batch) {
    const referenceStart = performance.now();
    const value = parseWithJsonParse(bytes);
    const start = performance.now();
    result.referenceMs += start - referenceStart;
    try {
      const report = validateDocument(bytes);
      selectEverywhere(value);
      const ms = performance.now() - start;
      result.validateMs += ms;
      const problems = reportProblems(bytes, report);
      if (problems.length > 0) result.violations.push(finding(bytes, problems.join("; "), ms));
      if (ms > hangMs) result.hangs.push(finding(bytes, `took ${ms.toFixed(0)} ms`, ms));
      if (result.slowest.length < SLOWEST || ms > result.slowest[SLOWEST - 1]!.ms)
        keepSlowest(finding(bytes, report.kind, ms));
    } catch (error) {
      const ms = performance.now() - start;
      result.crashes.push(
        finding(bytes, error instanceof Error ? (error.stack ?? error.message) : String(error), ms),
      );
    }
    result.documents++;
  }
  const progress: Progress = {
    documents: result.documents,
    crashes: result.crashes.length,
    violations: result.violations.length,
    hangs: result.hangs.length,
  };
  parentPort!.postMessage({ progress });
}
parentPort!.postMessage({ result });
