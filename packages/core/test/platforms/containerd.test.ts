import { describe, expect, it } from "vitest";
import { comparePlatforms, matchPlatform, selectManifest, type Platform } from "../../src/index.js";
import { attestation, index, platform as p } from "./fixtures.js";

/** The entries `Only(host)` accepts from `candidates`, best first (positions mapped back to specifiers). */
function ladder(host: string, candidates: string[]): string[] {
  const selection = selectManifest(index(candidates.map((c) => p(c))), p(host), { engine: "containerd" });
  return selection.candidates
    .filter((c) => c.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((c) => candidates[c.position] ?? "?");
}

describe("containerd: Only(host) fallback ladders", () => {
  it("amd64/v4 falls back v4 → v3 → v2 → v1 → 386", () => {
    expect(
      ladder("linux/amd64/v4", [
        "linux/386",
        "linux/amd64",
        "linux/amd64/v2",
        "linux/amd64/v4",
        "linux/amd64/v3",
      ]),
    ).toEqual(["linux/amd64/v4", "linux/amd64/v3", "linux/amd64/v2", "linux/amd64", "linux/386"]);
  });

  it("a plain amd64 host is v1: never amd64/v2+, but 386 last", () => {
    expect(ladder("linux/amd64", ["linux/amd64/v2", "linux/386", "linux/amd64/v1"])).toEqual([
      "linux/amd64/v1",
      "linux/386",
    ]);
    const why = selectManifest(index([p("linux/amd64/v3")]), p("linux/amd64")).candidates[0]?.reason;
    expect(why).toMatch(/x86-64-v3 CPU.*ask for linux\/amd64\/v3/);
  });

  it("arm64 v9.2 takes v9.x, then v8.0–v8.7, then arm v8…v5", () => {
    expect(
      ladder("linux/arm64/v9.2", [
        "linux/arm/v5",
        "linux/arm64/v8.7",
        "linux/arm64/v8.8",
        "linux/arm64/v9.3",
        "linux/arm64",
        "linux/arm64/v9",
        "linux/arm64/v9.2",
        "linux/arm/v7",
        "linux/arm64/v9.1",
      ]),
    ).toEqual([
      "linux/arm64/v9.2",
      "linux/arm64/v9.1",
      "linux/arm64/v9",
      "linux/arm64/v8.7",
      "linux/arm64",
      "linux/arm/v7",
      "linux/arm/v5",
    ]);
  });

  it("arm64/v8.x takes lower v8 minors and then arm", () => {
    expect(
      ladder("linux/arm64/v8.2", ["linux/arm64/v8.3", "linux/arm/v6", "linux/arm64/v8.1", "linux/arm64/v8"]),
    ).toEqual(["linux/arm64/v8.1", "linux/arm64/v8", "linux/arm/v6"]);
  });

  it("a plain arm64 host accepts arm/v8…v5 after every arm64 entry", () => {
    expect(ladder("linux/arm64", ["linux/arm/v7", "linux/arm/v8", "linux/aarch64", "linux/arm/v5"])).toEqual([
      "linux/aarch64",
      "linux/arm/v8",
      "linux/arm/v7",
      "linux/arm/v5",
    ]);
  });

  it.each(["linux/arm64/v10", "linux/arm64/v8.10"])("%s matches nothing, not even itself", (host) => {
    const selection = selectManifest(index([p(host), p("linux/arm64"), p("linux/arm/v7")]), p(host));
    expect(selection.selected).toBeNull();
    expect(selection.candidates[0]?.reason).toMatch(/no fallback list .* not even itself/);
  });

  it("arm v7 falls back to v6 and v5, never v8 (a 32-bit userland for a 64-bit CPU)", () => {
    expect(ladder("linux/arm/v7", ["linux/arm/v8", "linux/arm/v5", "linux/arm/v6", "linux/armhf"])).toEqual([
      "linux/armhf",
      "linux/arm/v6",
      "linux/arm/v5",
    ]);
    const selection = selectManifest(index([p("linux/arm/v8")]), p("linux/arm/v7"));
    expect(selection.candidates[0]?.reason).toContain(
      "arm/v8 means a 32-bit userland on a 64-bit CPU: not offered to arm/v7 hosts",
    );
  });

  it("arm/v8 hosts go v8 → v5; arm/v5 and arm/v4 hosts get only themselves", () => {
    expect(ladder("linux/arm/v8", ["linux/arm/v5", "linux/arm/v8", "linux/arm/v7"])).toEqual([
      "linux/arm/v8",
      "linux/arm/v7",
      "linux/arm/v5",
    ]);
    expect(ladder("linux/arm/v5", ["linux/arm/4", "linux/arm/v5", "linux/arm/v6"])).toEqual(["linux/arm/v5"]);
  });

  it("the ladder keeps the host OS: windows/amd64 also takes windows/386, linux never does", () => {
    expect(matchPlatform("containerd", p("windows/amd64"), p("windows/386"))).toBe(true);
    expect(matchPlatform("containerd", p("windows/amd64"), p("linux/amd64"))).toBe(false);
  });

  it("names an entry's os.version only where it decides: Windows builds on a Windows host", () => {
    const builds = index([
      p("windows/amd64", { "os.version": "10.0.20348.1" }),
      p("windows/amd64", { "os.version": "10.0.26100.2" }),
    ]);
    const onLinux = selectManifest(builds, p("linux/amd64"), { engine: "containerd" }).candidates;
    // The builds of one platform share the sentence: the version plays no part for a Linux host.
    expect(onLinux.map((c) => c.reason)).toEqual([
      "windows/amd64 is for windows, the host runs linux: not runnable",
      "windows/amd64 is for windows, the host runs linux: not runnable",
    ]);
    // On a Windows host the sentence names the build it read, which is all containerd reads of the version.
    const onWindows = selectManifest(builds, p("windows/amd64", { "os.version": "10.0.20348.3" }), {
      engine: "containerd",
    }).candidates;
    expect(onWindows.map((c) => c.reason)).toEqual([
      "windows/amd64 is the host platform; build 20348 (Windows Server 2022) equals the host build: selected",
      "windows/amd64: build 26100 (Windows Server 2025) cannot run there: a host below 20348 runs only its own build 20348 (Windows Server 2022)",
    ]);
  });

  it("names the version as written where the build alone would not say what was read", () => {
    const other = index([p("windows/amd64", { "os.version": "6.3.9600.1" })]);
    const host = p("windows/amd64", { "os.version": "10.0.26100.3" });
    expect(selectManifest(other, host, { engine: "containerd" }).candidates[0]?.reason).toBe(
      "windows/amd64 6.3.9600.1: os.version 6.3.9600.1 is Windows 6.3, the host is 10.0",
    );
  });

  it("normalizes both sides", () => {
    expect(matchPlatform("containerd", p("linux/aarch64"), p("linux/arm64/v8"))).toBe(true);
    expect(matchPlatform("containerd", p("linux/armhf"), p("linux/arm"))).toBe(true);
    expect(matchPlatform("containerd", p("Linux/x86_64"), p("linux/amd64/v1"))).toBe(true);
    expect(matchPlatform("containerd", p("linux/arm64"), { os: "", architecture: "arm64" })).toBe(true);
  });
});

describe("containerd: os.features (candidate ⊆ host)", () => {
  const withFeatures = (features: string[]): Platform => p("linux/amd64", { "os.features": features });

  it("a host without features rejects any candidate with features", () => {
    expect(matchPlatform("containerd", p("linux/amd64"), withFeatures(["x"]))).toBe(false);
    expect(matchPlatform("containerd", withFeatures(["x", "y"]), p("linux/amd64"))).toBe(true);
    expect(matchPlatform("containerd", withFeatures(["x", "y"]), withFeatures(["y"]))).toBe(true);
    expect(matchPlatform("containerd", withFeatures(["x"]), withFeatures(["x", "z"]))).toBe(false);
  });

  it("ranks more features first within one step", () => {
    const host = withFeatures(["a", "b"]);
    expect(comparePlatforms("containerd", host, withFeatures(["a", "b"]), withFeatures(["a"]))).toBe(-1);
    expect(comparePlatforms("containerd", host, p("linux/386"), withFeatures(["a"]))).toBe(1);
    const selection = selectManifest(
      index([withFeatures(["a"]), p("linux/amd64"), withFeatures(["b", "a"])]),
      host,
    );
    expect(selection.selected).toBe(2);
  });

  it("drops win32k from the candidate on a Windows host", () => {
    const host = p("windows/amd64", { "os.version": "10.0.20348.1" });
    expect(matchPlatform("containerd", host, p("windows/amd64", { "os.features": ["win32k"] }))).toBe(true);
    expect(
      matchPlatform("containerd", p("linux/amd64"), p("linux/amd64", { "os.features": ["win32k"] })),
    ).toBe(false);
  });
});

describe("containerd: entries without a platform and attestations", () => {
  it("keeps platform-less entries but ranks them after every platformed match", () => {
    const selection = selectManifest(index([null, p("linux/386"), p("linux/s390x")]), p("linux/amd64"));
    expect(selection.selected).toBe(1);
    expect(selection.candidates.map((c) => c.rank)).toEqual([2, 1, null]);
    expect(selection.candidates[0]?.reason).toMatch(/without a platform.*after every matching platform/);
    expect(selectManifest(index([null]), p("linux/s390x")).selected).toBe(0);
  });

  it("never runs an attestation, and says which manifest it describes", () => {
    const selection = selectManifest(index([p("linux/amd64"), attestation(0)]), p("linux/amd64"));
    expect(selection.candidates[1]).toEqual({
      position: 1,
      matches: false,
      rank: null,
      reason: "attestation manifest of position 0: never a runnable platform",
    });
  });

  it("selects nothing from an empty index and rejects a non-index", () => {
    expect(selectManifest(index([]), p("linux/amd64"))).toEqual({
      engine: "containerd",
      selected: null,
      candidates: [],
    });
    expect(() => selectManifest({ layers: [] }, p("linux/amd64"))).toThrow(/no `manifests` array/);
    expect(() => selectManifest(index([]), p("linux/amd64"), { engine: "nope" as never })).toThrow(
      /unknown engine "nope"/,
    );
  });

  it("explains ties: the earlier of two equal entries wins", () => {
    const selection = selectManifest(index([p("linux/arm64/v8"), p("linux/arm64")]), p("linux/arm64"));
    expect(selection.selected).toBe(0);
    expect(selection.candidates[1]?.reason).toMatch(
      /ranked 2nd \(as good as position 0, which comes first in the index\)/,
    );
  });
});
