/**
 * The long fuzz run: pushes COUNT generated hostile documents (mutated corpus documents, arbitrary JSON,
 * bytes and strings: packages/core/test/hostile/arbitraries.ts) through validateDocument, and every one that
 * parses to an index through selectManifest with each engine, on all cores. Reports crashes (any exception),
 * contract violations (test/hostile/invariants.ts), hangs (one input above --hang-ms) and the slowest inputs,
 * and the time against the reference measured in the same run: JSON.parse of the same bytes. Exit 1 when
 * anything was found. The workers run the core as it ships (bundled by esbuild), not through tsx's wrappers.
 *
 *   pnpm --filter @ocilens/cli exec tsx ../../bench/fuzz/run.ts --count 1000000 [--seed 1] [--hang-ms 2000]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { ENGINE_IDS } from "../../packages/core/src/index.js";
import { bundleForNode } from "../bundle-for-node.js";
import {
  emptyResult,
  type Finding,
  type Progress,
  type WorkerMessage,
  type WorkerResult,
  type WorkerTask,
} from "./messages.js";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    "hang-ms": { type: "string", default: "2000" },
    workers: { type: "string", default: String(availableParallelism()) },
  },
});
const count = Number(args.count);
const seed = Number(args.seed);
const hangMs = Number(args["hang-ms"]);
const workerCount = Math.max(1, Math.min(Number(args.workers), count));

const corpusDir = new URL("../../packages/core/test/fixtures/upstream/", import.meta.url);
const seeds = readdirSync(corpusDir)
  .filter((name) => name.endsWith(".json") && name !== "expected.json")
  .map((name) => new Uint8Array(readFileSync(new URL(name, corpusDir))));

const bundle = bundleForNode(new URL("./worker.ts", import.meta.url));

const started = performance.now();
const progress: Progress[] = Array.from({ length: workerCount }, () => ({
  documents: 0,
  crashes: 0,
  violations: 0,
  hangs: 0,
}));
const ticker = setInterval(() => {
  const sum = (key: keyof Progress) => progress.reduce((total, worker) => total + worker[key], 0);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `${sum("documents")} / ${count} documents in ${seconds.toFixed(0)} s, ${(sum("documents") / seconds).toFixed(0)}/s; ` +
      `crashes ${sum("crashes")}, violations ${sum("violations")}, hangs ${sum("hangs")}\n`,
  );
}, 30_000);

function runWorker(index: number): Promise<WorkerResult> {
  const share = Math.floor(count / workerCount) + (index < count % workerCount ? 1 : 0);
  const first = index * Math.floor(count / workerCount) + Math.min(index, count % workerCount);
  const task: WorkerTask = { seeds, first, count: share, seed, hangMs, batchSize: 1000 };
  return new Promise((resolve, reject) => {
    const worker = new Worker(bundle.file, { workerData: task });
    worker.on("message", (message: WorkerMessage) => {
      if ("progress" in message) progress[index] = message.progress;
      else resolve(message.result);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => code !== 0 && reject(new Error(`worker ${index} exited with ${code}`)));
  });
}

const results = await Promise.all(Array.from({ length: workerCount }, (_, index) => runWorker(index)));
clearInterval(ticker);
bundle.dispose();

const total = results.reduce(
  (sum, result) => ({
    documents: sum.documents + result.documents,
    validateMs: sum.validateMs + result.validateMs,
    referenceMs: sum.referenceMs + result.referenceMs,
    selections: sum.selections + result.selections,
    crashes: [...sum.crashes, ...result.crashes],
    violations: [...sum.violations, ...result.violations],
    hangs: [...sum.hangs, ...result.hangs],
    slowest: [...sum.slowest, ...result.slowest].sort((a, b) => b.ms - a.ms).slice(0, 5),
  }),
  emptyResult(),
);

const wallSeconds = (performance.now() - started) / 1000;
const describe = (finding: Finding) =>
  `  ${finding.ms.toFixed(1)} ms, ${finding.size} bytes, ${finding.detail.split("\n")[0]}: ${finding.preview.slice(0, 70)}`;
const lines = [
  `fuzz: ${total.documents} documents (seed ${seed}, ${workerCount} workers) in ${wallSeconds.toFixed(0)} s, ${(total.documents / wallSeconds).toFixed(0)} documents/s`,
  `  ${total.selections} of them parsed to an index and went through selectManifest with all ${ENGINE_IDS.length} engines`,
  `  crashes: ${total.crashes.length}, contract violations: ${total.violations.length}, hangs (> ${hangMs} ms): ${total.hangs.length}`,
  `  time per document: ${((total.validateMs / total.documents) * 1000).toFixed(0)} µs, ` +
    `${(total.validateMs / total.referenceMs).toFixed(1)}x the reference (JSON.parse of the same bytes: ${((total.referenceMs / total.documents) * 1000).toFixed(0)} µs)`,
  `slowest inputs:`,
  ...total.slowest.map(describe),
];
for (const [title, findings] of [
  ["crashes", total.crashes],
  ["contract violations", total.violations],
  ["hangs", total.hangs],
] as const) {
  if (findings.length === 0) continue;
  lines.push(`${title} (first 10):`, ...findings.slice(0, 10).map(describe));
}
process.stdout.write(`${lines.join("\n")}\n`);
const failures = total.crashes.length + total.violations.length + total.hangs.length;
if (failures > 0) {
  const out = join(tmpdir(), `ocilens-fuzz-findings-${seed}.json`);
  writeFileSync(
    out,
    JSON.stringify({ crashes: total.crashes, violations: total.violations, hangs: total.hangs }),
  );
  process.stdout.write(`findings with their inputs (base64): ${out}\n`);
  process.exitCode = 1;
}
