/**
 * Wall time of `ocilens inspect` on a 16-platform image (index, 16 manifests, 16 configs, all fetched and
 * validated) against `skopeo inspect` of the same reference on the same local registry, in the same run.
 * Ratios are to `skopeo inspect`; below 1 means ocilens is faster.
 * Run: packages/cli/node_modules/.bin/tsx bench/inspect/run.ts [iterations]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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
const OCILENS = fileURLToPath(new URL("../../packages/cli/bin/ocilens.js", import.meta.url));

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

type Sample = { wallMs: number; cpuMs: number };

/**
 * Wall time, and CPU time (user + system) from GNU time: on a shared machine the wall time mostly measures
 * the other tenants, the CPU time what the program itself costs.
 */
function measure(command: string, args: string[]): Sample {
  const cpuFile = join(scratch, "cpu");
  const start = process.hrtime.bigint();
  const result = spawnSync(GNU_TIME, ["-f", "%U %S", "-o", cpuFile, command, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  const [user, system] = readFileSync(cpuFile, "utf8").trim().split(/\s+/).slice(-2).map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const GNU_TIME = "/usr/bin/time";
for (const binary of [SKOPEO, GNU_TIME]) {
  if (!existsSync(binary))
    throw new Error(`${binary} is missing (skopeo: scripts/system-deps.mjs; time: apt-get install time)`);
}
const scratch = mkdtempSync(join(tmpdir(), "ocilens-bench-"));

const registry = await startRegistry();
try {
  const client = new RegistryClient(registry.host, registry.host, { plainHttp: true });
  const image = await buildMultiArch(PLATFORMS);
  await pushMultiArch(client, "bench/sixteen", "v1", image);
  const ref = `${registry.host}/bench/sixteen:v1`;

  const ocilens = ["inspect", "--plain-http", ref, "-f", "json"];
  const contenders: Array<{ name: string; command: string; args: string[] }> = [
    {
      name: "ocilens inspect (33 documents, validated)",
      command: process.execPath,
      args: [OCILENS, ...ocilens],
    },
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
    // The floor under any Node CLI on this machine: starting the runtime and loading the bundle.
    { name: "ocilens --version (startup only)", command: process.execPath, args: [OCILENS, "--version"] },
  ];
  const documents = JSON.parse(
    spawnSync(process.execPath, [OCILENS, ...ocilens], { encoding: "utf8" }).stdout,
  ).summary.files;
  if (documents !== 33) throw new Error(`ocilens fetched ${documents} documents, expected 33`);

  for (const contender of contenders) measure(contender.command, contender.args); // warm the page cache
  const samples = new Map(contenders.map((contender) => [contender.name, [] as Sample[]]));
  // Interleaved, so drift in machine load hits every contender alike.
  for (let round = 0; round < ITERATIONS; round++) {
    for (const contender of contenders)
      samples.get(contender.name)!.push(measure(contender.command, contender.args));
  }
  const medians = (name: string) => {
    const runs = samples.get(name)!;
    return { wall: median(runs.map((run) => run.wallMs)), cpu: median(runs.map((run) => run.cpuMs)) };
  };
  const reference = medians(contenders[1]!.name);
  console.log(
    `inspect of a 16-platform image on ${registry.host}, median of ${ITERATIONS} interleaved runs, load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
  );
  console.log(
    `${"".padEnd(52)} ${"wall ms".padStart(9)} ${"ratio".padStart(6)} ${"cpu ms".padStart(9)} ${"ratio".padStart(6)}`,
  );
  for (const contender of contenders) {
    const { wall, cpu } = medians(contender.name);
    console.log(
      `${contender.name.padEnd(52)} ${wall.toFixed(1).padStart(9)} ${(wall / reference.wall).toFixed(2).padStart(6)} ${cpu.toFixed(0).padStart(9)} ${(cpu / Math.max(reference.cpu, 1)).toFixed(2).padStart(6)}`,
    );
  }
} finally {
  await registry.stop();
  rmSync(scratch, { recursive: true, force: true });
}
