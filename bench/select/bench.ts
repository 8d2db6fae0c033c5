/**
 * Selection and coverage speed on a 10,000-entry index, for every engine, against a reference measured in the same
 * run: a plain linear scan that parses the index text and compares `os/arch/variant` strings. Budget: 1 ms per
 * 1,000 entries for one selection (with a reason for every entry) and for a whole coverage matrix.
 *
 * selectManifest and analyzeCoverage take a parsed index, so the cases time selection on `JSON.parse(text)` (the
 * object the CLI and the playground pass; an index built from object literals has other hidden classes and reads
 * three to four times slower) and leave parsing out. Parsing is timed separately: a CLI run pays it once on top.
 *
 *   node bench/select/run.mjs        (from the repository root; bundles this file first)
 *
 * Times are CPU time of this process (process.cpuUsage), the median of several runs: on a shared machine wall
 * time mostly measures the neighbours. Wall time is printed too, and the load average, to judge the neighbours.
 * CPU time includes V8's helper threads (concurrent marking and sweeping, background compilation), so each case
 * starts with a full collection before its warm-up: otherwise a case pays for the garbage the cases before it
 * left behind.
 */
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
// The platform modules directly: the bench measures selection, not the rest of the core.
import { analyzeCoverage } from "../../packages/core/src/platforms/coverage.js";
import { HOSTS } from "../../packages/core/src/platforms/hosts.js";
import { selectManifest } from "../../packages/core/src/platforms/select.js";
import { ENGINE_IDS, type Platform } from "../../packages/core/src/platforms/types.js";

const ENTRIES = 10_000;
const BUDGET_MS_PER_1000 = 1;
/** Untimed rounds over all cases before timing any (see below). */
const WARM_ROUNDS = 10;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same index. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOL: Platform[] = [
  ...["", "v2", "v3", "v4"].map((variant) => ({
    os: "linux",
    architecture: "amd64",
    ...(variant ? { variant } : {}),
  })),
  ...["", "v8", "v8.2", "v9"].map((variant) => ({
    os: "linux",
    architecture: "arm64",
    ...(variant ? { variant } : {}),
  })),
  ...["v5", "v6", "v7", "v8"].map((variant) => ({ os: "linux", architecture: "arm", variant })),
  { os: "linux", architecture: "386" },
  { os: "linux", architecture: "s390x" },
  { os: "linux", architecture: "ppc64le" },
  { os: "linux", architecture: "riscv64", variant: "rva22u64" },
  { os: "linux", architecture: "aarch64" },
  { os: "linux", architecture: "amd64", "os.features": ["x"] },
];

/** Mixed: a few dozen distinct platforms repeated, plus per-entry Windows builds (all distinct), zstd twins,
 * platform-less entries and attestations, as in an index that collected years of builds. */
function buildIndex(): { mediaType: string; manifests: unknown[] } {
  const next = random(42);
  const manifests = Array.from({ length: ENTRIES }, (_, i) => {
    const digest = `sha256:${i.toString(16).padStart(64, "0")}`;
    const roll = next();
    const base = { mediaType: "application/vnd.oci.image.manifest.v1+json", digest, size: 1000 + i };
    if (roll < 0.05) return base;
    if (roll < 0.15) {
      return {
        ...base,
        platform: { os: "unknown", architecture: "unknown" },
        annotations: {
          "vnd.docker.reference.type": "attestation-manifest",
          "vnd.docker.reference.digest": `sha256:${Math.max(0, i - 1)
            .toString(16)
            .padStart(64, "0")}`,
        },
      };
    }
    if (roll < 0.35) {
      const build = [17763, 20348, 26100][Math.floor(next() * 3)];
      return {
        ...base,
        platform: { os: "windows", architecture: "amd64", "os.version": `10.0.${build}.${i}` },
      };
    }
    const platform = POOL[Math.floor(next() * POOL.length)];
    return next() < 0.3
      ? { ...base, platform, annotations: { "io.github.containers.compression.zstd": "true" } }
      : { ...base, platform };
  });
  return { mediaType: "application/vnd.oci.image.index.v1+json", manifests };
}

/** Medians, and the fastest run's CPU time: on a shared machine, the closest to what the code costs undisturbed. */
type Timing = { cpu: number; wall: number; fastest: number };

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// A full collection on demand, without asking for a node flag on the command line.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * Untimed runs of a case after its full collection: at least this many, for at least WARMUP_MS. V8 compiles code
 * again on its helper threads, whose CPU time counts, when a collection has invalidated it or when code only one
 * case runs has aged out while the other cases ran: with 5 runs, --trace-opt showed up to 10 compilations of
 * 10–70 ms each inside a case's timed runs; with 20, the coverage matrix (which calls its per-engine code only a
 * few times per run) still had 6, and its CPU time exceeded its wall time by 7 ms; after ~70 runs it had none and
 * CPU time equalled wall time.
 */
const WARMUP_RUNS = 20;
const WARMUP_MS = 500;

/** Median CPU and wall time and fastest CPU time of `runs` runs after the warm-up, in milliseconds. */
function measure(run: () => unknown, runs = 11, warmup = WARMUP_RUNS): Timing {
  collectGarbage();
  const warmUntil = performance.now() + WARMUP_MS;
  for (let i = 0; i < warmup || performance.now() < warmUntil; i++) run();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { cpu: median(cpu), wall: median(wall), fastest: Math.min(...cpu) };
}

const text = JSON.stringify(buildIndex());
const index = JSON.parse(text) as { manifests: Array<{ platform?: Platform }> };
const target = "linux/arm/v7";

/** One pass over a parsed index comparing os/arch/variant strings. */
function scan(parsed: typeof index): number {
  let found = -1;
  parsed.manifests.forEach((entry, i) => {
    const p = entry.platform;
    if (found < 0 && p && `${p.os}/${p.architecture}/${p.variant ?? ""}` === target) found = i;
  });
  return found;
}

/** The reference: parse the text, then the scan. */
const reference = measure(() => scan(JSON.parse(text) as typeof index));
const parseOnly = measure(() => JSON.parse(text));
const scanOnly = measure(() => scan(index));
const budget = (ENTRIES / 1000) * BUDGET_MS_PER_1000;
const cases: Array<[string, () => unknown]> = [];
const hosts: Array<[string, Platform]> = [
  ["linux/arm/v7", { os: "linux", architecture: "arm", variant: "v7" }],
  ["linux/amd64/v3", { os: "linux", architecture: "amd64", variant: "v3" }],
  ["windows 2025", { os: "windows", architecture: "amd64", "os.version": "10.0.26100.3194" }],
];
for (const engine of ENGINE_IDS) {
  for (const [label, host] of hosts) {
    cases.push([`select ${engine.padEnd(17)} ${label}`, () => selectManifest(index, host, { engine })]);
  }
}
cases.push([
  `coverage matrix (${HOSTS.length} hosts × ${ENGINE_IDS.length} engines)`,
  () => analyzeCoverage(index),
]);
// Every case runs a few times, round after round, before any is timed: the code they share (reading the index,
// ranking, explaining) is then compiled with every engine's shapes in view, so the first cases timed no longer
// pay for V8 tiering it up and later ones no longer get it for free (containerd, timed first, used to look about
// twice as slow as containerd-strict for that reason alone).
for (let round = 0; round < WARM_ROUNDS; round++) for (const [, run] of cases) run();
const rows = cases.map(([label, run]): [string, Timing] => [label, measure(run)]);

console.log(
  `index: ${ENTRIES} entries, ${(text.length / 1024).toFixed(0)} KiB; budget ${budget.toFixed(1)} ms each; ` +
    `load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
);
console.log(
  `reference (JSON.parse + string-compare scan): ${reference.cpu.toFixed(2)} ms CPU ` +
    `(${((reference.cpu / ENTRIES) * 1000).toFixed(3)} ms/1000: the machine's own speed against the budget), ` +
    `${reference.wall.toFixed(2)} ms wall`,
);
console.log(
  `  of which JSON.parse ${parseOnly.cpu.toFixed(2)} ms, scan ${scanOnly.cpu.toFixed(2)} ms CPU; ` +
    "the cases below time the parsed index (parse excluded: a CLI run adds it once)\n",
);
console.log(
  `${"case".padEnd(52)} ${"CPU ms".padStart(8)} ${"ms/1000".padStart(8)} ${"× ref".padStart(7)} ${"wall ms".padStart(8)} ${"fastest".padStart(8)}  budget`,
);
let over = 0;
for (const [label, { cpu, wall, fastest }] of rows) {
  const ok = cpu <= budget;
  if (!ok) over++;
  console.log(
    `${label.padEnd(52)} ${cpu.toFixed(2).padStart(8)} ${((cpu / ENTRIES) * 1000).toFixed(3).padStart(8)} ${(cpu / reference.cpu).toFixed(2).padStart(7)} ${wall.toFixed(2).padStart(8)} ${fastest.toFixed(2).padStart(8)}  ${ok ? "ok" : "OVER"}`,
  );
}
console.log(over === 0 ? "\nall within budget" : `\n${over} case(s) over budget`);
