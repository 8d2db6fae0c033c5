/** `ocilens inspect` against the real registry: tree, report formats, selection per engine, raw bytes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestOf, RegistryClient } from "../../src/registry/client.js";
import { runCli } from "../run-cli.js";
import {
  buildImage,
  buildMultiArch,
  pushImage,
  pushMultiArch,
  type IndexEntry,
  type TestImage,
} from "./harness/images.js";
import { freePort } from "./harness/free-port.js";
import { startRegistry, type RunningRegistry } from "./harness/registry-server.js";
import { allowRegistryTime } from "./harness/timeouts.js";

allowRegistryTime();

let registry: RunningRegistry;
let client: RegistryClient;
let entries: IndexEntry[];
let indexBytes: Uint8Array;
let single: TestImage;
let ref: string;

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient(registry.host, registry.host, { plainHttp: true });
  const built = await buildMultiArch(
    [
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm", variant: "v6" },
      { os: "linux", architecture: "arm64" },
    ],
    { attestations: true },
  );
  await pushMultiArch(client, "lib/app", "v1", built);
  entries = built.entries;
  indexBytes = built.index.bytes;
  ref = `${registry.host}/lib/app:v1`;
  single = await buildImage({ os: "linux", architecture: "s390x" }, { docker: true });
  await pushImage(client, "lib/single", single, "latest");
});
afterAll(() => registry?.stop());

describe("ocilens inspect", () => {
  it("reports every fetched document with its registry/repo@digest path", async () => {
    const result = await runCli(["inspect", "--plain-http", ref, "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const expected = [
      digestOf(indexBytes),
      ...entries.flatMap((entry) => [entry.image.manifest.digest, entry.image.config.digest]),
    ];
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(
      expected.map((digest) => `${registry.host}/lib/app@${digest}`),
    );
    expect(report.files.map((file: { kind: string }) => file.kind)).toEqual([
      "oci-index",
      ...entries.flatMap(() => ["oci-manifest", "oci-config"]),
    ]);
    expect(report.summary).toEqual({ files: 13, errors: 0, warnings: 0, infos: 0 });
  });

  it("draws the tree with platforms and attestations", async () => {
    const result = await runCli(["inspect", "--plain-http", ref]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^127\.0\.0\.1:\d+\/lib\/app@sha256:[a-f0-9]{64} {2}oci-index {2}\d+ B {2}valid$/,
    );
    expect(lines[1]).toMatch(/^├─ \[0\] linux\/amd64 {2}.*oci-manifest/);
    expect(lines[2]).toMatch(/^│ {2}└─ config {2}.*oci-config/);
    expect(result.stdout).toContain(`[3] attestation of ${entries[0]!.image.manifest.digest.slice(0, 19)}…`);
    expect(result.stderr).toMatch(/lib\/app: 0 errors, 0 warnings, 0 infos in 13 files/);
  });

  it("shows which child every engine pulls", async () => {
    const result = await runCli([
      "inspect",
      "--plain-http",
      ref,
      "--platform",
      "linux/arm/v7",
      "--engine",
      "all",
      "-f",
      "json",
    ]);
    // Two engines find nothing for this host: that fails the run, as with `select`.
    expect(result.code).toBe(1);
    const { selections } = JSON.parse(result.stdout);
    const byEngine = Object.fromEntries(
      selections.map((s: { engine: string; digest: string | null }) => [s.engine, s.digest]),
    );
    const armV6 = entries[1]!.image.manifest.digest;
    // An arm/v7 host falls back to arm/v6 everywhere except in strict containerd and in ggcr, which want
    // the variant it asked for.
    expect(byEngine).toEqual({
      containerd: armV6,
      "containerd-strict": null,
      docker: armV6,
      "containers-image": armV6,
      ggcr: null,
      regclient: armV6,
    });
  });

  it("exits 1 when the engine selects nothing", async () => {
    const result = await runCli(["inspect", "--plain-http", ref, "--platform", "windows/amd64"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("containerd on windows/amd64: nothing matches");
  });

  it("prints the exact bytes with --raw, the selected child's with --platform", async () => {
    const raw = await runCli(["inspect", "--plain-http", ref, "--raw"]);
    expect(raw.stdout).toBe(new TextDecoder().decode(indexBytes));
    const child = await runCli(["inspect", "--plain-http", ref, "--raw", "--platform", "linux/arm64"]);
    expect(child.stdout).toBe(new TextDecoder().decode(entries[2]!.image.manifest.bytes));
  });

  it("inspects a single manifest and its config", async () => {
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/lib/single`, "-f", "json"]);
    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.stdout).files.map((file: { kind: string; digest: string }) => [
        file.kind,
        file.digest,
      ]),
    ).toEqual([
      ["docker-manifest", single.manifest.digest],
      ["docker-config", single.config.digest],
    ]);
  });

  it("renders SARIF through the shared renderers", async () => {
    const result = await runCli(["inspect", "--plain-http", ref, "-f", "sarif"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).version).toBe("2.1.0");
  });

  it("exits 2 for a tag that does not exist", async () => {
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/lib/app:nope`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest 127\.0\.0\.1:\d+\/lib\/app:nope: not found \(MANIFEST_UNKNOWN/);
  });

  it("exits 2 when nothing listens", async () => {
    const result = await runCli([
      "inspect",
      "--plain-http",
      "--retries",
      "1",
      `127.0.0.1:${await freePort()}/lib/app:v1`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/connection refused \(after 2 attempts\)/);
  });

  it("refuses a bad reference as a usage error", async () => {
    const result = await runCli(["inspect", "Not/Valid"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("repository names must be lowercase");
  });
});
