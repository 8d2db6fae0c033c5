/**
 * Wall and CPU time of `ocilens inspect` on a 16-platform image (index, 16 manifests, 16 configs, all fetched
 * and validated) against `skopeo inspect` of the same reference on the same local registry, in the same run,
 * with the floors beside them (`node -e 0`, `ocilens --version`) and the registry's own CPU per run. Then where
 * inspect's time goes, measured inside the process. Ratios are to `skopeo inspect`; below 1 means faster.
 * Run: packages/cli/node_modules/.bin/tsx bench/inspect/run.ts [iterations]
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RegistryClient } from "../../packages/cli/src/registry/client.js";
import {
  buildMultiArch,
  pushMultiArch,
  type TestPlatform,
} from "../../packages/cli/test/registry/harness/images.js";
import { startRegistry } from "../../packages/cli/test/registry/harness/registry-server.js";

const ITERATIONS = Number(process.argv[2] ?? 15);
const SKOPEO = process.env.SKOPEO ?? "/usr/bin/skopeo";
const GNU_TIME = "/usr/bin/time";
const CLI_PACKAGE = fileURLToPath(new URL("../../packages/cli/", import.meta.url));
const PHASE_MARKS = fileURLToPath(new URL("./phase-marks.mjs", import.meta.url));
/** Seconds per tick of /proc/<pid>/stat's CPU times. */
const TICK_MS = 1000 / Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);

const PLATFORMS: TestPlatform[] = [
  ["linux", "amd64"],
  ["linux", "arm64"],
  ["linux", "arm", "v7"],
  ["linux", "arm", "v6"],
  ["linux", "386"],
  ["linux", "ppc64le"],
  ["linux", "s390x"],
  ["linux", "riscv64"],
  ["linux", "mips64le"],
  ["linux", "loong64"],
  ["linux", "amd64", "v3"],
  ["linux", "arm", "v5"],
  ["freebsd", "amd64"],
  ["freebsd", "arm64"],
  ["windows", "amd64"],
  ["windows", "arm64"],
].map(([os, architecture, variant]) => ({
  os: os!,
  architecture: architecture!,
  ...(variant && { variant }),
}));

type Sample = { wallMs: number; cpuMs: number; registryCpuMs: number };
type Contender = { name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv };

/** What the environment adds to every Node start: NODE_EXTRA_CA_CERTS is read and parsed before any script runs. */
const withoutExtraCas = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
};

function registryCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) ".
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/**
 * Wall time, and CPU time (user + system) from GNU time: on a shared machine the wall time mostly measures
 * the other tenants, the CPU time what the program itself costs.
 */
function measure(contender: Contender, registryPid: number): Sample {
  const cpuFile = join(scratch, "cpu");
  const registryBefore = registryCpuMs(registryPid);
  const start = process.hrtime.bigint();
  const result = spawnSync(GNU_TIME, ["-f", "%U %S", "-o", cpuFile, contender.command, ...contender.args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...(contender.env ?? process.env), NO_COLOR: "1" },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${contender.name} exited ${result.status}: ${result.stderr}`);
  const [user, system] = readFileSync(cpuFile, "utf8").trim().split(/\s+/).slice(-2).map(Number);
  const registryCpu = registryCpuMs(registryPid) - registryBefore;
  return { wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, registryCpuMs: registryCpu };
}

type Mark = { wallMs: number; cpuMs: number };
type PhaseRun = { spawnedAt: number; closedAt: number; timeOrigin: number; marks: Record<string, Mark> };

/** One inspect with the phase marks preloaded; wall clocks of both processes compared on the epoch. */
async function markedRun(args: string[], env: NodeJS.ProcessEnv): Promise<PhaseRun> {
  const spawnedAt = performance.timeOrigin + performance.now();
  const marksFile = join(scratch, "marks.json");
  const child = spawn(process.execPath, ["--import", PHASE_MARKS, ...args], {
    stdio: "ignore",
    env: { ...env, NO_COLOR: "1", OCILENS_PHASE_MARKS: marksFile },
  });
  const code = await new Promise((resolve) => child.on("close", resolve));
  const closedAt = performance.timeOrigin + performance.now();
  if (code !== 0) throw new Error(`ocilens inspect with phase marks exited ${code}`);
  const recorded = JSON.parse(readFileSync(marksFile, "utf8")) as Omit<PhaseRun, "spawnedAt" | "closedAt">;
  return { spawnedAt, closedAt, ...recorded };
}

/** Each phase's wall and CPU time in one run; the process's start counts from the spawn call. */
function phasesOf(run: PhaseRun): Array<[string, number, number]> {
  const { preloaded, firstRequest, lastResponse, firstOutput, exit } = run.marks as Record<string, Mark>;
  const between = (from: Mark, to: Mark): [number, number] => [
    to.wallMs - from.wallMs,
    to.cpuMs - from.cpuMs,
  ];
  return [
    ["runtime start (to the preload)", run.timeOrigin + preloaded!.wallMs - run.spawnedAt, preloaded!.cpuMs],
    ["bundle, arguments, client (to 1st request)", ...between(preloaded!, firstRequest!)],
    ["33 requests (1st sent to last answered)", ...between(firstRequest!, lastResponse!)],
    ["validation and rendering (to 1st output)", ...between(lastResponse!, firstOutput!)],
    ["output written, exit event", ...between(firstOutput!, exit!)],
    ["process teardown (after exit event)", run.closedAt - (run.timeOrigin + exit!.wallMs), Number.NaN],
    ["total", run.closedAt - run.spawnedAt, exit!.cpuMs],
  ];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const column = (value: number, digits = 0) => (Number.isNaN(value) ? "-" : value.toFixed(digits)).padStart(9);

for (const binary of [SKOPEO, GNU_TIME]) {
  if (!existsSync(binary))
    throw new Error(`${binary} is missing (skopeo: scripts/system-deps.mjs; time: apt-get install time)`);
}
const scratch = mkdtempSync(join(tmpdir(), "ocilens-bench-"));
// A snapshot of the build: tests elsewhere in the working tree rebuild dist/ (and empty it) at any time.
for (const part of ["bin", "dist/ocilens.cjs", "dist/hash-worker.js"])
  cpSync(join(CLI_PACKAGE, part), join(scratch, "cli", part), { recursive: true, preserveTimestamps: true });
const OCILENS = join(scratch, "cli", "bin", "ocilens.js");

const registry = await startRegistry();
try {
  const client = new RegistryClient(registry.host, registry.host, { plainHttp: true });
  const image = await buildMultiArch(PLATFORMS);
  await pushMultiArch(client, "bench/sixteen", "v1", image);
  const ref = `${registry.host}/bench/sixteen:v1`;

  const inspect = [OCILENS, "inspect", "--plain-http", ref, "-f", "json"];
  const node = (name: string, args: string[], env?: NodeJS.ProcessEnv): Contender => ({
    name,
    command: process.execPath,
    args,
    env,
  });
  const contenders: Contender[] = [
    node("ocilens inspect (33 documents, validated)", inspect),
    {
      name: "skopeo inspect (host platform's manifest + config)",
      command: SKOPEO,
      args: ["inspect", "--tls-verify=false", `docker://${ref}`],
    },
    {
      name: "skopeo inspect --raw (index only)",
      command: SKOPEO,
      args: ["inspect", "--raw", "--tls-verify=false", `docker://${ref}`],
    },
    // The floors under any Node CLI on this machine: the runtime alone, then with the bundle and commander.
    node("ocilens --version (bundle loaded, no command)", [OCILENS, "--version"]),
    node("node -e 0 (the runtime alone)", ["-e", "0"]),
  ];
  if (process.env.NODE_EXTRA_CA_CERTS !== undefined) {
    contenders.push(
      node("ocilens inspect, NODE_EXTRA_CA_CERTS unset", inspect, withoutExtraCas()),
      node("node -e 0, NODE_EXTRA_CA_CERTS unset", ["-e", "0"], withoutExtraCas()),
    );
  }
  const documents = JSON.parse(spawnSync(process.execPath, inspect, { encoding: "utf8" }).stdout).summary
    .files;
  if (documents !== 33) throw new Error(`ocilens fetched ${documents} documents, expected 33`);

  // Warms the page cache, and lets each ocilens command write its V8 code cache as a first run would.
  for (const contender of contenders) measure(contender, registry.pid);
  const samples = new Map(contenders.map((contender) => [contender.name, [] as Sample[]]));
  // Interleaved, so drift in machine load hits every contender alike.
  for (let round = 0; round < ITERATIONS; round++) {
    for (const contender of contenders) samples.get(contender.name)!.push(measure(contender, registry.pid));
  }
  const medians = (name: string) => {
    const runs = samples.get(name)!;
    return {
      wall: median(runs.map((run) => run.wallMs)),
      cpu: median(runs.map((run) => run.cpuMs)),
      // Ticks of 10 ms: the mean over all runs is finer than any one run.
      registry: mean(runs.map((run) => run.registryCpuMs)),
    };
  };
  const reference = medians(contenders[1]!.name);
  console.log(
    `inspect of a 16-platform image on ${registry.host}, median of ${ITERATIONS} interleaved runs, load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
  );
  console.log(
    `${"".padEnd(52)} ${"wall ms".padStart(9)} ${"ratio".padStart(6)} ${"cpu ms".padStart(9)} ${"ratio".padStart(6)} ${"registry".padStart(9)}`,
  );
  for (const contender of contenders) {
    const { wall, cpu, registry: registryCpu } = medians(contender.name);
    console.log(
      `${contender.name.padEnd(52)} ${column(wall, 1)} ${(wall / reference.wall).toFixed(2).padStart(6)} ${column(cpu)} ${(cpu / Math.max(reference.cpu, 1)).toFixed(2).padStart(6)} ${column(registryCpu)}`,
    );
  }
  console.log("(registry: the registry process's own CPU ms per run, mean)");

  // The same inspect, interleaved: with the environment as it is and, when it names extra CAs, without them.
  const environments: Array<[string, NodeJS.ProcessEnv]> = [["as is", process.env]];
  if (process.env.NODE_EXTRA_CA_CERTS !== undefined)
    environments.push(["NODE_EXTRA_CA_CERTS unset", withoutExtraCas()]);
  const phases = environments.map(() => [] as Array<Array<[string, number, number]>>);
  for (let round = 0; round < ITERATIONS; round++) {
    for (const [index, [, env]] of environments.entries())
      phases[index]!.push(phasesOf(await markedRun(inspect, env)));
  }
  console.log(
    `\nwhere ocilens inspect's time goes, measured inside the process (node --import phase-marks.mjs, which adds its own start-up); medians of ${ITERATIONS}, load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(`${"environment:".padEnd(44)} ${environments.map(([name]) => name.padStart(25)).join(" ")}`);
  console.log(
    `${"".padEnd(44)} ${environments.map(() => `${"wall ms".padStart(12)} ${"cpu ms".padStart(12)}`).join(" ")}`,
  );
  phases[0]![0]!.forEach(([name], row) => {
    const cells = phases.map((runs) => {
      const wall = median(runs.map((run) => run[row]![1]));
      const cpu = median(runs.map((run) => run[row]![2]));
      return `${column(wall, 1).padStart(12)} ${column(cpu, 1).padStart(12)}`;
    });
    console.log(`${name.padEnd(44)} ${cells.join(" ")}`);
  });
} finally {
  await registry.stop();
  rmSync(scratch, { recursive: true, force: true });
}
