import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indexJson, tempFiles, TYPICAL } from "./cli-fixtures.js";
import { runCli } from "./run-cli.js";

const files = tempFiles({
  "typical.json": TYPICAL,
  "s390x.json": indexJson([{ platform: { os: "linux", architecture: "mips64le" } }]),
});
afterAll(files.cleanup);
const path = (name: string) => join(files.dir, name);

describe("ocilens matrix", () => {
  it("prints a host × engine table, then what nobody serves, disagreements, unreachable entries and attestations", async () => {
    const result = await runCli(["matrix", path("typical.json")]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]?.split(/\s{2,}/)).toEqual([
      "host",
      "platform",
      "containerd",
      "containerd-strict",
      "docker",
      "containers-image",
      "ggcr",
      "regclient",
    ]);
    const pi3 = lines.find((line) => line.startsWith("Raspberry Pi 3 (32-bit)"));
    expect(pi3?.split(/\s{2,}/)).toEqual([
      "Raspberry Pi 3 (32-bit)",
      "linux/arm/v7",
      "#2 linux/arm/v6",
      "-",
      "#2 linux/arm/v6",
      "#2 linux/arm/v6",
      "-",
      "#2 linux/arm/v6",
    ]);
    expect(result.stdout).toMatch(/Served by no engine: .*IBM Z \(s390x\)/);
    expect(result.stdout).toMatch(/Engines disagree on: .*Raspberry Pi 2 \(32-bit\)/);
    expect(result.stdout).toContain("#3 linux/arm64: shadowed by position 1");
    expect(result.stdout).toContain("#4 attestation of #0");
  });

  it("prints the coverage as JSON, limited to the engines asked for", async () => {
    const result = await runCli([
      "matrix",
      path("typical.json"),
      "--engine",
      "containerd",
      "ggcr",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const coverage = JSON.parse(result.stdout);
    expect(coverage.engines).toEqual(["containerd", "ggcr"]);
    expect(coverage.hosts.find((h: { host: string }) => h.host === "x86-64-v3").selections).toEqual({
      containerd: 0,
      ggcr: 0,
    });
    expect(coverage.unreachable).toEqual([expect.objectContaining({ position: 3, kind: "shadowed" })]);
    expect(coverage.attestations).toEqual([expect.objectContaining({ position: 4, describes: 0 })]);
  });

  it("exits 1 on shadowed entries with --strict, and when no machine is served at all", async () => {
    expect((await runCli(["matrix", path("typical.json"), "--strict"])).code).toBe(1);
    const none = await runCli(["matrix", path("s390x.json")]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("#0 linux/mips64le: no machine of the catalogue gets this platform");
  });

  it("exits 2 for an unreadable index or an unknown engine", async () => {
    expect((await runCli(["matrix", path("nope.json")])).code).toBe(2);
    expect((await runCli(["matrix", path("typical.json"), "--engine", "crane"])).code).toBe(2);
  });
});
