/**
 * `ocilens validate` on an OCI image layout holding 1 GiB of blobs in many files, against `openssl dgst
 * -sha256` and `sha256sum` over the same blob files, measured in the same run (files in the page cache for
 * all three; best of several runs each). Target: ocilens within 0.8x of OpenSSL's wall time, which needs
 * every core hashing at once (OpenSSL hashes one file after another on one core).
 *
 *   pnpm --filter @ocilens/cli build && pnpm --filter @ocilens/cli exec tsx ../../bench/layout/run.ts
 *   (BENCH_MIB=256 for a quicker run; the layout is built in a temporary folder and deleted afterwards)
 */
import { spawnSync } from "node:child_process";
import { createHash, randomFillSync } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const TARGET_RATIO = 0.8;
const TOTAL_MIB = Number(process.env.BENCH_MIB ?? 1024);
const BLOB_MIB = 16;
const LAYERS_PER_IMAGE = 8;
const RUNS = 5;
const cli = fileURLToPath(new URL("../../packages/cli/bin/ocilens.js", import.meta.url));

const root = mkdtempSync(join(tmpdir(), "ocilens-bench-layout-"));
try {
  const blobFiles = buildLayout(root);
  // One untimed pass puts every file in the page cache.
  measure("cat", [...blobFiles, "/dev/null"]);
  const ocilens = measure(process.execPath, [cli, "validate", root, "--format", "json"]);
  const openssl = measure("openssl", ["dgst", "-sha256", ...blobFiles]);
  const sha256sum = measure("sha256sum", blobFiles);
  const gib = TOTAL_MIB / 1024;
  const loadAverage = loadavg()[0]!.toFixed(1);
  console.log(
    `layout: ${gib.toFixed(2)} GiB in ${blobFiles.length} blobs, ${availableParallelism()} cores, load ${loadAverage}, best of ${RUNS}`,
  );
  const row = (name: string, time: Timing) =>
    console.log(
      `${name.padEnd(22)}wall ${time.wall.toFixed(3)} s (${(gib / time.wall).toFixed(2)} GiB/s)   cpu ${time.cpu.toFixed(3)} s`,
    );
  row("ocilens validate", ocilens);
  row("openssl dgst -sha256", openssl);
  row("sha256sum", sha256sum);
  const ratio = ocilens.wall / openssl.wall;
  console.log(
    `ratio ocilens/openssl ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`,
  );
  console.log(`ratio ocilens/sha256sum ${(ocilens.wall / sha256sum.wall).toFixed(2)}x (wall)`);
  console.log(
    `cpu ratio ocilens/openssl ${(ocilens.cpu / openssl.cpu).toFixed(2)}x (work done, independent of other load)`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}

type Timing = { wall: number; cpu: number };

/** Best wall time of RUNS runs (and the CPU time, user + system, of that run), via GNU time. */
function measure(command: string, args: string[]): Timing {
  const runs: Timing[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S", command, ...args], {
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
    const [wall, user, system] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) as [
      number,
      number,
      number,
    ];
    runs.push({ wall, cpu: user + system });
  }
  return runs.reduce((best, run) => (run.wall < best.wall ? run : best));
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
