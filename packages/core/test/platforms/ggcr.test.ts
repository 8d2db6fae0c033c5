import { describe, expect, it } from "vitest";
import { analyzeCoverage, comparePlatforms, matchPlatform, selectManifest } from "../../src/index.js";
import { index, platform as p } from "./fixtures.js";

const ggcr = { engine: "ggcr" } as const;

describe("ggcr: first match in index order", () => {
  it("takes the first entry whose OS and architecture match when no variant is requested", () => {
    const selection = selectManifest(index([p("linux/amd64/v3"), p("linux/amd64")]), p("linux/amd64"), ggcr);
    expect(selection.selected).toBe(0);
    expect(selection.candidates[0]?.reason).toMatch(/takes v3 without checking the CPU/);
    expect(selection.candidates[1]?.reason).toMatch(/ranked 2nd \(as good as position 0/);
  });

  it("has no preference between matches", () => {
    expect(comparePlatforms("ggcr", p("linux/arm"), p("linux/arm/v8"), p("linux/arm/v5"))).toBe(0);
    expect(comparePlatforms("ggcr", p("linux/arm"), p("linux/s390x"), p("linux/arm/v5"))).toBe(1);
  });

  it("needs a requested variant and os.version exactly", () => {
    expect(matchPlatform("ggcr", p("linux/arm/v7"), p("linux/arm/v6"))).toBe(false);
    expect(matchPlatform("ggcr", p("linux/arm/v7"), p("linux/arm"))).toBe(false);
    expect(matchPlatform("ggcr", p("linux/arm64/v8"), p("linux/arm64"))).toBe(false);
    const host = p("windows/amd64", { "os.version": "10.0.20348.1" });
    expect(matchPlatform("ggcr", host, p("windows/amd64", { "os.version": "10.0.20348.2" }))).toBe(false);
    expect(matchPlatform("ggcr", host, p("windows/amd64", { "os.version": "10.0.20348.1" }))).toBe(true);
    expect(
      matchPlatform("ggcr", p("windows/amd64"), p("windows/amd64", { "os.version": "10.0.17763.1" })),
    ).toBe(true);
  });

  it("checks os.features in the reverse direction of containerd: requested ⊆ entry", () => {
    const withFeatures = (f: string[]) => p("linux/amd64", { "os.features": f });
    expect(matchPlatform("ggcr", p("linux/amd64"), withFeatures(["x"]))).toBe(true);
    expect(matchPlatform("ggcr", withFeatures(["x"]), p("linux/amd64"))).toBe(false);
    expect(matchPlatform("ggcr", withFeatures(["x"]), withFeatures(["y", "x"]))).toBe(true);
    expect(matchPlatform("containerd", withFeatures(["x"]), withFeatures(["y", "x"]))).toBe(false);
  });

  it("never normalizes and never falls back", () => {
    expect(matchPlatform("ggcr", p("linux/arm64"), p("linux/aarch64"))).toBe(false);
    expect(matchPlatform("ggcr", p("linux/amd64"), p("linux/386"))).toBe(false);
    expect(matchPlatform("ggcr", p("linux/arm64"), p("linux/arm/v7"))).toBe(false);
  });

  it("treats an entry without a platform as linux/amd64", () => {
    const entries = index([null, p("linux/arm64")]);
    expect(selectManifest(entries, p("linux/amd64"), ggcr).selected).toBe(0);
    expect(selectManifest(entries, p("linux/arm64"), ggcr).selected).toBe(1);
    expect(selectManifest(index([null]), p("linux/arm64"), ggcr).candidates[0]?.reason).toMatch(
      /assumes linux\/amd64, not linux\/arm64/,
    );
  });

  it("asks for linux/amd64 without --platform, whatever the machine", () => {
    const entries = index([p("linux/arm64"), p("linux/amd64")]);
    const selection = selectManifest(entries, p("linux/arm64/v8"), { ...ggcr, implicit: true });
    expect(selection.selected).toBe(1);
    expect(selection.candidates[0]?.reason).toMatch(
      /without --platform, crane asks for linux\/amd64 on any machine/,
    );
  });

  it("is asked for the machine's OS and architecture in coverage (variant only for 32-bit arm)", () => {
    const entries = index([p("linux/arm64/v8.2"), p("linux/arm/v6"), p("linux/arm/v7")]);
    const rows = analyzeCoverage(entries, { engines: ["ggcr"] }).hosts;
    const of = (id: string) => rows.find((row) => row.host === id)?.selections.ggcr;
    expect(of("rpi-4-64bit")).toBe(0);
    expect(of("rpi-3-32bit")).toBe(2);
    expect(of("rpi-zero")).toBe(1);
    expect(of("x86-64-v1")).toBeNull();
  });
});
