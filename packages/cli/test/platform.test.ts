import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("ocilens platform", () => {
  it("prints every spelling back normalized", async () => {
    const specs = [
      "linux/aarch64",
      "x86_64",
      "armhf",
      "armel",
      "i386",
      "macos/arm64",
      "windows/amd64:10.0.17763.1",
    ];
    const result = await runCli(["platform", ...specs]);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trim()
        .split("\n")
        .map((line) => line.trim().split(/\s+/)[1]),
    ).toEqual([
      "linux/arm64",
      "linux/amd64",
      "linux/arm/v7",
      "linux/arm/v6",
      "linux/386",
      "darwin/arm64",
      "windows(10.0.17763.1)/amd64",
    ]);
  });

  it("prints the contract's JSON, with the parsed and the normalized platform", async () => {
    const result = await runCli([
      "platform",
      "linux/aarch64",
      "windows/amd64,osver=10.0.20348.1",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        input: "linux/aarch64",
        platform: { os: "linux", architecture: "arm64" },
        normalized: { os: "linux", architecture: "arm64" },
        formatted: "linux/arm64",
      },
      {
        input: "windows/amd64,osver=10.0.20348.1",
        platform: { os: "windows", architecture: "amd64", "os.version": "10.0.20348.1" },
        normalized: { os: "windows", architecture: "amd64", "os.version": "10.0.20348.1" },
        formatted: "windows(10.0.20348.1)/amd64",
      },
    ]);
  });

  it("exits 1 and names the bad part for a specifier that does not parse", async () => {
    const result = await runCli(["platform", "linux/arm64", "linux/arm/v7/extra", "--format", "json"]);
    expect(result.code).toBe(1);
    const [ok, bad] = JSON.parse(result.stdout) as Array<{ input: string; error?: string }>;
    expect(ok?.error).toBeUndefined();
    expect(bad).toEqual({ input: "linux/arm/v7/extra", error: expect.stringContaining('"extra"') });
    const text = await runCli(["platform", "linux/amd 64"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('error: "amd 64" in "linux/amd 64" is not a valid component');
  });

  it("exits 2 without a specifier", async () => {
    const result = await runCli(["platform"]);
    expect(result.code).toBe(2);
  });
});
