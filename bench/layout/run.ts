/**
 * `ocilens validate` on an OCI image layout holding 1 GiB of blobs in many files, against `openssl dgst
 * -sha256` and `sha256sum` over the same blob files, measured in the same run (files in the page cache for
 * all three). Target: ocilens within 0.8x of OpenSSL's wall time, which needs every core hashing at once
 * (OpenSSL hashes one file after another on one core).
 *
 * The three take turns, round after round, so that a burst of other work on the machine hits all of them; each
 * run also records how much CPU other processes used meanwhile (from /proc/stat), and rounds in which ocilens
 * and OpenSSL both ran undisturbed give the quiet ratio. CPU time (user + system) is the work done, whatever
 * else runs.
 *
 *   pnpm --filter @ocilens/cli build && pnpm --filter @ocilens/cli exec tsx ../../bench/layout/run.ts
 *   (BENCH_MIB=256 for a quicker run, BENCH_ROUNDS for more or fewer rounds; the layout is built in a
 *   temporary folder and deleted afterwards)
 */
import { spawnSync } from "node:child_process";
import { createHash, randomFillSync } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const TARGET_RATIO = 0.8;
const TOTAL_MIB = Number(process.env.BENCH_MIB ?? 1024);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const BLOB_MIB = 16;
const LAYERS_PER_IMAGE = 8;
/** Other processes using less than this many cores during a run leave it undisturbed. */
const QUIET_CORES = 0.15;
const CLI_PACKAGE = fileURLToPath(new URL("../../packages/cli/", import.meta.url));
const TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);

type Run = { wall: number; cpu: number; otherCores: number };
type Contender = { name: string; command: string; args: string[]; runs: Run[] };

const root = mkdtempSync(join(tmpdir(), "ocilens-bench-layout-"));
try {
  // A snapshot of the build: test runs elsewhere in the working tree rebuild dist/ (and empty it) at any time.
  for (const part of ["bin", "dist/ocilens.cjs", "dist/hash-worker.js"])
    cpSync(join(CLI_PACKAGE, part), join(root, "cli", part), { recursive: true });
  const layout = join(root, "layout");
  const blobFiles = buildLayout(layout);
  const ocilens = [join(root, "cli", "bin", "ocilens.js"), "validate", layout, "--format", "json"];
  // Untimed: puts every file in the page cache and writes the command's code cache, as any second run finds.
  measure("cat", [...blobFiles, "/dev/null"]);
  measure(process.execPath, ocilens);

  const contenders: Contender[] = [
    { name: "ocilens validate", command: process.execPath, args: ocilens, runs: [] },
    { name: "openssl dgst -sha256", command: "openssl", args: ["dgst", "-sha256", ...blobFiles], runs: [] },
    { name: "sha256sum", command: "sha256sum", args: blobFiles, runs: [] },
  ];
  const loadBefore = loadavg()[0]!;
  for (let round = 0; round < ROUNDS; round++) {
    for (const contender of contenders) contender.runs.push(measure(contender.command, contender.args));
  }
  const loadAfter = loadavg()[0]!;

  const gib = TOTAL_MIB / 1024;
  console.log(
    `layout: ${gib.toFixed(2)} GiB in ${blobFiles.length} blobs, ${availableParallelism()} cores, ` +
      `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, ${ROUNDS} rounds`,
  );
  for (const { name, runs } of contenders) {
    const best = runs.reduce((fastest, run) => (run.wall < fastest.wall ? run : fastest));
    const others = runs.map((run) => run.otherCores.toFixed(1)).join(" ");
    console.log(
      `${name.padEnd(22)}best wall ${best.wall.toFixed(2)} s (${(gib / best.wall).toFixed(2)} GiB/s, cpu ` +
        `${best.cpu.toFixed(2)} s)   median wall ${median(runs.map((run) => run.wall)).toFixed(2)} s, cpu ` +
        `${median(runs.map((run) => run.cpu)).toFixed(2)} s   other processes' cores per run: ${others}`,
    );
  }
  const [ours, openssl, sha256sum] = contenders.map((contender) => contender.runs) as [Run[], Run[], Run[]];
  const bestWall = (runs: Run[]) => Math.min(...runs.map((run) => run.wall));
  const ratio = bestWall(ours) / bestWall(openssl);
  console.log(
    `ratio ocilens/openssl ${ratio.toFixed(2)}x best to best, ` +
      `${(median(ours.map((run) => run.wall)) / median(openssl.map((run) => run.wall))).toFixed(2)}x median ` +
      `to median (target <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`,
  );
  const quietRatios = ours.flatMap((run, round) =>
    run.otherCores < QUIET_CORES && openssl[round]!.otherCores < QUIET_CORES
      ? [run.wall / openssl[round]!.wall]
      : [],
  );
  console.log(
    quietRatios.length === 0
      ? "no round ran undisturbed: the machine was busy throughout"
      : `ratio in the ${quietRatios.length} undisturbed rounds: ${quietRatios.map((value) => value.toFixed(2)).join(" ")}` +
          ` (median ${median(quietRatios).toFixed(2)}x)`,
  );
  console.log(`ratio ocilens/sha256sum ${(bestWall(ours) / bestWall(sha256sum)).toFixed(2)}x (wall)`);
  console.log(
    `cpu ratio ocilens/openssl ${(median(ours.map((run) => run.cpu)) / median(openssl.map((run) => run.cpu))).toFixed(2)}x` +
      " (medians; work done, independent of other load)",
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}

/** One run via GNU time, with the CPU that all other processes used meanwhile, in cores. */
function measure(command: string, args: string[]): Run {
  const before = machineBusySeconds();
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S", command, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const busy = machineBusySeconds() - before;
  if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
  const [wall, user, system] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) as [
    number,
    number,
    number,
  ];
  const cpu = user + system;
  return { wall, cpu, otherCores: Math.max(0, busy - cpu) / wall };
}

/** CPU seconds all cores have spent on anything but idling since boot. */
function machineBusySeconds(): number {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const ticks = fields.map(Number);
  const idle = ticks[3]! + ticks[4]!;
  return (ticks.reduce((sum, value) => sum + value, 0) - idle) / TICKS_PER_SECOND;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A layout of `TOTAL_MIB` of random layer blobs, one image per `LAYERS_PER_IMAGE` layers; returns the blob files. */
function buildLayout(folder: string): string[] {
  const blobs = join(folder, "blobs", "sha256");
  mkdirSync(blobs, { recursive: true });
  writeFileSync(join(folder, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  const write = (bytes: Uint8Array, mediaType: string) => {
    const hex = createHash("sha256").update(bytes).digest("hex");
    writeFileSync(join(blobs, hex), bytes);
    return { mediaType, digest: `sha256:${hex}`, size: bytes.length };
  };
  const buffer = Buffer.allocUnsafe(BLOB_MIB * 1024 * 1024);
  const layers = Array.from({ length: Math.ceil(TOTAL_MIB / BLOB_MIB) }, () =>
    write(randomFillSync(buffer), "application/vnd.oci.image.layer.v1.tar+gzip"),
  );
  const entries = [];
  for (let first = 0; first < layers.length; first += LAYERS_PER_IMAGE) {
    const own = layers.slice(first, first + LAYERS_PER_IMAGE);
    const config = write(
      Buffer.from(
        JSON.stringify({
          architecture: "amd64",
          os: "linux",
          rootfs: {
            type: "layers",
            diff_ids: own.map((_, index) => `sha256:${String(first + index).padStart(64, "0")}`),
          },
        }),
      ),
      "application/vnd.oci.image.config.v1+json",
    );
    const manifest = write(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          config,
          layers: own,
        }),
      ),
      "application/vnd.oci.image.manifest.v1+json",
    );
    entries.push({ ...manifest, platform: { architecture: "amd64", os: "linux" } });
  }
  writeFileSync(
    join(folder, "index.json"),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: entries,
    }),
  );
  return readdirSync(blobs).map((name) => join(blobs, name));
}
