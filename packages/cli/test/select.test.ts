import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { digestOf, indexJson, tempFiles, TYPICAL } from "./cli-fixtures.js";
import { runCli } from "./run-cli.js";

const files = tempFiles({
  "typical.json": TYPICAL,
  "builds.json": indexJson([
    { platform: { os: "windows", architecture: "amd64", "os.version": "10.0.20348.3207" } },
    { platform: { os: "windows", architecture: "amd64", "os.version": "10.0.20348.2966" } },
  ]),
  "zstd.json": indexJson([
    { platform: { os: "linux", architecture: "amd64" } },
    {
      platform: { os: "linux", architecture: "amd64" },
      annotations: { "io.github.containers.compression.zstd": "true" },
    },
  ]),
  "manifest.json": JSON.stringify({ schemaVersion: 2, layers: [] }),
  "broken.json": "{ not json",
});
afterAll(files.cleanup);
const path = (name: string) => join(files.dir, name);

describe("ocilens select", () => {
  it("prints the selection with a reason for every entry", async () => {
    const result = await runCli(["select", path("typical.json"), "--platform", "linux/arm/v7"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe(`containerd: selects #2 linux/arm/v6 ${digestOf(2)}`);
    expect(lines).toHaveLength(6);
    expect(result.stdout).toContain("2nd on the host's fallback list (arm/v7 → arm/v6 → arm/v5): selected");
    expect(result.stdout).toContain("attestation manifest of position 0: never a runnable platform");
  });

  it("prints each entry's platform as written beside its reason, so that revisions of one build tell apart", async () => {
    const result = await runCli(["select", path("builds.json"), "-p", "windows/amd64:10.0.26100.3194"]);
    expect(result.code).toBe(0);
    const [, first, second] = result.stdout.trim().split("\n");
    expect(first).toMatch(
      /^ {2}#0 +1 {2}windows\(10\.0\.20348\.3207\)\/amd64 {2}windows\/amd64 is the host platform; build 20348 /,
    );
    expect(second).toMatch(
      /^ {2}#1 +2 {2}windows\(10\.0\.20348\.2966\)\/amd64 {2}windows\/amd64 is the host platform; build 20348 /,
    );
  });

  it("prints the contract's JSON plus the selected digest", async () => {
    const result = await runCli([
      "select",
      path("typical.json"),
      "-p",
      "linux/arm64",
      "--engine",
      "ggcr",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const selection = JSON.parse(result.stdout);
    expect(selection).toMatchObject({ engine: "ggcr", selected: 1, digest: digestOf(1) });
    expect(selection.candidates).toHaveLength(5);
    expect(selection.candidates[3]).toMatchObject({ position: 3, matches: true, rank: 2 });
  });

  it("runs every engine with --engine all, and exits 1 when one of them selects nothing", async () => {
    const result = await runCli([
      "select",
      path("typical.json"),
      "-p",
      "linux/arm/v7",
      "-e",
      "all",
      "-f",
      "json",
    ]);
    expect(result.code).toBe(1);
    const selections = JSON.parse(result.stdout) as Array<{ engine: string; selected: number | null }>;
    expect(selections.map((s) => [s.engine, s.selected])).toEqual([
      ["containerd", 2],
      ["containerd-strict", null],
      ["docker", 2],
      ["containers-image", 2],
      ["ggcr", null],
      ["regclient", 2],
    ]);
  });

  it("exits 1 when nothing matches", async () => {
    const result = await runCli(["select", path("typical.json"), "--platform", "linux/s390x"]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe("containerd: selects nothing");
  });

  it("follows containers-image's zstd preference and --prefer-gzip", async () => {
    const zstd = await runCli([
      "select",
      path("zstd.json"),
      "-p",
      "linux/amd64",
      "-e",
      "containers-image",
      "-f",
      "json",
    ]);
    expect(JSON.parse(zstd.stdout).selected).toBe(1);
    const gzip = await runCli([
      "select",
      path("zstd.json"),
      "-p",
      "linux/amd64",
      "-e",
      "containers-image",
      "--prefer-gzip",
      "-f",
      "json",
    ]);
    expect(JSON.parse(gzip.stdout).selected).toBe(0);
  });

  it("reads standard input and takes a catalogue machine with --host", async () => {
    const result = await runCli(["select", "-", "--host", "rpi-zero", "-f", "json"], { input: TYPICAL });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).selected).toBe(2);
  });

  it.each<[string[], RegExp]>([
    [["select", "missing.json", "-p", "linux/amd64"], /cannot read .*missing\.json: ENOENT/],
    [["select", "broken.json", "-p", "linux/amd64"], /broken\.json is not JSON/],
    [["select", "manifest.json", "-p", "linux/amd64"], /no `manifests` array/],
    [["select", "typical.json", "-p", "linux/arm/v7/x"], /--platform: .*"x" is left over/],
    [["select", "typical.json"], /needs --platform/],
    [["select", "typical.json", "-p", "linux/amd64", "-e", "crane"], /crane/],
    [["select", "typical.json", "--host", "pdp-11"], /unknown host "pdp-11"/],
  ])("exits 2 with a one-line message: %j", async (args, message) => {
    const result = await runCli(args, { cwd: files.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
