/**
 * Wall time of `ocilens inspect` on a 16-platform image (index, 16 manifests, 16 configs, all fetched and
 * validated) against `skopeo inspect` of the same reference on the same local registry, in the same run.
 * Run: packages/cli/node_modules/.bin/tsx bench/inspect/run.ts [iterations]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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

function time(command: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

if (!existsSync(SKOPEO))
  throw new Error(`${SKOPEO} is missing: apt-get install skopeo (scripts/system-deps.mjs)`);
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

  for (const contender of contenders) time(contender.command, contender.args); // warm caches and page cache
  const samples = new Map(contenders.map((contender) => [contender.name, [] as number[]]));
  // Interleaved, so drift in machine load hits every contender alike.
  for (let round = 0; round < ITERATIONS; round++) {
    for (const contender of contenders)
      samples.get(contender.name)!.push(time(contender.command, contender.args));
  }
  const reference = median(samples.get(contenders[1]!.name)!);
  console.log(`inspect of a 16-platform image on ${registry.host}, median of ${ITERATIONS} interleaved runs`);
  for (const contender of contenders) {
    const value = median(samples.get(contender.name)!);
    console.log(
      `${contender.name.padEnd(52)} ${value.toFixed(1).padStart(8)} ms   ratio to skopeo inspect ${(value / reference).toFixed(2)}`,
    );
  }
} finally {
  await registry.stop();
}
