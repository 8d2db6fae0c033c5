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
 * The cases are timed in turns, one run of each per round, so that the machine's slow phases (its speed moves by
 * about half within seconds when its neighbours are busy) fall on every case alike rather than on whichever case
 * was being timed then. A run's time is the smaller of its CPU time and its wall time: CPU time counts V8's helper
 * threads working beside the selection (concurrent marking and compilation: up to twice the wall time), wall time
 * counts the turns the neighbours took; each alone only overstates what the selection takes. Both are printed.
 */
import { loadavg } from "node:os";
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

/** Per case, over the timed rounds: medians of each clock, and the fastest run. */
type Timing = { time: number; cpu: number; wall: number; fastest: number };

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Rounds of one run of every case, timed after the warm rounds. */
const TIMED_ROUNDS = 21;

/** One run of `run`: CPU time of the process and wall time, in milliseconds. */
function timeOnce(run: () => unknown): { cpu: number; wall: number } {
  const startCpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(startCpu);
  return { cpu: (used.user + used.system) / 1000, wall };
}

/**
 * Every case once per round, in turns (the first case of each round rotating), after WARM_ROUNDS untimed rounds:
 * the code the cases share (reading the index, ranking, explaining) is then compiled with every engine's shapes in
 * view, so no case pays for V8 tiering it up while another gets it for free.
 */
function measureInTurns(cases: ReadonlyArray<() => unknown>): Timing[] {
  for (let round = 0; round < WARM_ROUNDS; round++) for (const run of cases) run();
  const runs = cases.map(() => ({ time: [] as number[], cpu: [] as number[], wall: [] as number[] }));
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (let turn = 0; turn < cases.length; turn++) {
      const which = (round + turn) % cases.length;
      const { cpu, wall } = timeOnce(cases[which]!);
      const into = runs[which]!;
      into.time.push(Math.min(cpu, wall));
      into.cpu.push(cpu);
      into.wall.push(wall);
    }
  }
  return runs.map(({ time, cpu, wall }) => ({
    time: median(time),
    cpu: median(cpu),
    wall: median(wall),
    fastest: Math.min(...time),
  }));
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
const [reference, parseOnly, scanOnly, ...rows] = measureInTurns([
  () => scan(JSON.parse(text) as typeof index),
  () => JSON.parse(text),
  () => scan(index),
  ...cases.map(([, run]) => run),
]) as [Timing, Timing, Timing, ...Timing[]];

console.log(
  `index: ${ENTRIES} entries, ${(text.length / 1024).toFixed(0)} KiB; budget ${budget.toFixed(1)} ms each; ` +
    `load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}; medians of ${TIMED_ROUNDS} runs each, taken in turns`,
);
console.log(
  `reference (JSON.parse + string-compare scan): ${reference.time.toFixed(2)} ms ` +
    `(${((reference.time / ENTRIES) * 1000).toFixed(3)} ms/1000: the machine's own speed against the budget)`,
);
console.log(
  `  of which JSON.parse ${parseOnly.time.toFixed(2)} ms, scan ${scanOnly.time.toFixed(2)} ms; ` +
    "the cases below time the parsed index (parse excluded: a CLI run adds it once)",
);
console.log(
  "  time: per run the smaller of CPU time (helper threads included) and wall time (neighbours included)\n",
);
console.log(
  `${"case".padEnd(52)} ${"time ms".padStart(8)} ${"ms/1000".padStart(8)} ${"× ref".padStart(7)} ${"CPU ms".padStart(8)} ${"wall ms".padStart(8)} ${"fastest".padStart(8)}  budget`,
);
let over = 0;
cases.forEach(([label], i) => {
  const { time, cpu, wall, fastest } = rows[i]!;
  const ok = time <= budget;
  if (!ok) over++;
  const cells = [time.toFixed(2), ((time / ENTRIES) * 1000).toFixed(3), (time / reference.time).toFixed(2)];
  const more = [cpu, wall, fastest].map((ms) => ms.toFixed(2).padStart(8));
  console.log(
    `${label.padEnd(52)} ${cells[0]!.padStart(8)} ${cells[1]!.padStart(8)} ${cells[2]!.padStart(7)} ${more.join(" ")}  ${ok ? "ok" : "OVER"}`,
  );
});
console.log(over === 0 ? "\nall within budget" : `\n${over} case(s) over budget`);
