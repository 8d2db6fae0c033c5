import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePlatforms, matchPlatform, selectManifest, type Platform } from "../../src/index.js";
import { index, platform as p } from "./fixtures.js";

const regclient = { engine: "regclient" } as const;

/** How regclient on `host` compares two entries of the host's own platform that differ only in os.version. */
const versionPreference = (host: Platform) => (a: string, b: string) =>
  comparePlatforms("regclient", host, { ...host, "os.version": a }, { ...host, "os.version": b });

describe("regclient: Compatible", () => {
  it.each<[string, string, boolean]>([
    ["linux/amd64/v3", "linux/amd64/v2", true],
    ["linux/amd64/v3", "linux/amd64", true],
    ["linux/amd64/v3", "linux/amd64/v4", false],
    ["linux/amd64", "linux/amd64/v1", true],
    ["linux/amd64", "linux/amd64/v2", false],
    ["linux/amd64", "linux/386", false],
    ["linux/arm64", "linux/arm/v7", false],
    ["linux/arm64", "linux/arm64/v8.2", true],
    ["linux/arm64", "linux/aarch64", true],
    ["linux/arm/v7", "linux/arm/v6", true],
    ["linux/arm/v7", "linux/arm", true],
    ["linux/arm/v7", "linux/arm/v8", false],
    ["linux/arm/v6", "linux/arm", false],
    ["linux/amd64", "darwin/amd64", false],
    ["darwin/arm64", "linux/arm64", true],
    ["windows/amd64", "linux/amd64", true],
  ])("%s accepts %s: %s", (host, target, expected) => {
    expect(matchPlatform("regclient", p(host), p(target))).toBe(expected);
  });

  it("on Windows, needs major.minor.build equal and an os.version on the entry when the host has one", () => {
    const host = p("windows/amd64", { "os.version": "10.0.20348.3207" });
    expect(matchPlatform("regclient", host, p("windows/amd64", { "os.version": "10.0.20348.1" }))).toBe(true);
    expect(matchPlatform("regclient", host, p("windows/amd64", { "os.version": "10.0.17763.1" }))).toBe(
      false,
    );
    expect(matchPlatform("regclient", host, p("windows/amd64"))).toBe(false);
    expect(
      matchPlatform("regclient", p("windows/amd64"), p("windows/amd64", { "os.version": "10.0.17763.1" })),
    ).toBe(true);
  });

  it("on Windows, compares major.minor.build as written: a leading zero is another build, in the revision it is not", () => {
    const v = (version: string) => p("windows/amd64", { "os.version": version });
    for (const host of [v("10.0.20348.3207"), v("10.0.20348.03207")]) {
      expect(matchPlatform("regclient", host, v("10.0.020348.3207"))).toBe(false);
      expect(matchPlatform("regclient", host, v("010.0.20348.3207"))).toBe(false);
      expect(matchPlatform("regclient", host, v("10.0.20348.03207"))).toBe(true);
      expect(matchPlatform("regclient", host, v("10.0.20348"))).toBe(true);
    }
    // The host's exact os.version comes first; the same numbers written otherwise are only as good as the rest.
    const entries = index([v("10.0.20348.03207"), v("10.0.20348.3207"), v("10.0.20348.3206")]);
    expect(selectManifest(entries, v("10.0.20348.3207"), regclient).selected).toBe(1);
    expect(selectManifest(entries, v("10.0.20348.03207"), regclient).selected).toBe(0);
  });

  it("needs equal os.version and os.features on other OSes", () => {
    const host = p("freebsd/amd64", { "os.version": "14.1" });
    expect(matchPlatform("regclient", host, p("freebsd/amd64"))).toBe(true);
    const solaris = p("solaris/amd64", { "os.features": ["a"] });
    expect(matchPlatform("regclient", solaris, p("solaris/amd64"))).toBe(false);
    expect(matchPlatform("regclient", solaris, p("solaris/amd64", { "os.features": ["a"] }))).toBe(true);
  });
});

describe("regclient: Better ordering and DescriptorListSearch", () => {
  it("prefers the exact variant, then the higher one", () => {
    const host = p("linux/amd64/v3");
    expect(
      selectManifest(index([p("linux/amd64"), p("linux/amd64/v2"), p("linux/amd64/v3")]), host, regclient)
        .selected,
    ).toBe(2);
    expect(selectManifest(index([p("linux/amd64"), p("linux/amd64/v2")]), host, regclient).selected).toBe(1);
    expect(comparePlatforms("regclient", host, p("linux/amd64/v2"), p("linux/amd64/v3"))).toBe(1);
    expect(comparePlatforms("regclient", p("linux/arm/v7"), p("linux/arm/v5"), p("linux/arm/v6"))).toBe(1);
  });

  it("prefers the host's OS before anything else (a Windows host takes Windows over Linux)", () => {
    const host = p("windows/amd64", { "os.version": "10.0.20348.3207" });
    const entries = index([p("linux/amd64"), p("windows/amd64", { "os.version": "10.0.20348.100" })]);
    expect(selectManifest(entries, host, regclient).selected).toBe(1);
  });

  it("prefers the exact os.version, then the higher one", () => {
    const host = p("windows/amd64", { "os.version": "10.0.20348.3207" });
    const v = (version: string) => p("windows/amd64", { "os.version": version });
    expect(selectManifest(index([v("10.0.20348.9"), v("10.0.20348.10")]), host, regclient).selected).toBe(1);
    expect(
      selectManifest(index([v("10.0.20348.9999"), v("10.0.20348.3207")]), host, regclient).selected,
    ).toBe(1);
  });

  it("compares Windows builds with their revision as numbers, also past what fits in one packed number", () => {
    const prefer = versionPreference(p("windows/amd64", { "os.version": "10.0.20348.3207" }));
    expect(prefer("10.0.20348.10", "10.0.20348.9")).toBe(-1);
    expect(prefer("10.0.20348.09", "10.0.20348.9")).toBe(0);
    // A revision of 2^21 and more, a major above 255 or a fifth part: compared as text is read, part by part.
    expect(prefer("10.0.20348.2097151", "10.0.20348.2097152")).toBe(1);
    expect(prefer("10.0.20348.2097153", "10.0.20348.2097152")).toBe(-1);
    expect(prefer("10.0.20348.5.1", "10.0.20348.4")).toBe(-1);
    expect(prefer("10.0.20348.5", "10.0.20348.5.1")).toBe(0);
  });

  it("compares os.version part by part as numbers; a non-number loses, and extra parts count for nothing", () => {
    const prefer = versionPreference(p("freebsd/amd64", { "os.version": "14.1" }));
    expect(prefer("14.10", "14.9")).toBe(-1);
    expect(prefer("14.09", "14.9")).toBe(0);
    expect(prefer("14.x", "14.2")).toBe(1);
    expect(prefer("14.x", "14.y")).toBe(0);
    expect(prefer("14.2.1", "14.2")).toBe(0);
    expect(prefer("-1", "0")).toBe(1);
  });

  it("ranks as regclient's own sort and scan would, whether or not its preference is consistent on the entries", () => {
    // What DescriptorListSearch and a stable sort by Better make of the entries, from the public pairwise rules:
    // the ranking may take shortcuts only where they cannot change this.
    const clientRanks = (entries: Platform[], host: Platform): number[] => {
      const prefer = (a: number, b: number) => comparePlatforms("regclient", host, entries[a]!, entries[b]!);
      const fitting = entries.flatMap((entry, i) => (matchPlatform("regclient", host, entry) ? [i] : []));
      let taken = -1;
      for (const i of fitting) if (taken < 0 || prefer(i, taken) < 0) taken = i;
      const sorted = [...fitting].sort((a, b) => prefer(a, b) || a - b);
      return taken < 0 ? sorted : [taken, ...sorted.filter((i) => i !== taken)];
    };
    const versions = [
      ...["10.0.26100.1", "10.0.26100.2", "10.0.26100.10", "10.0.26100.3194", "10.0.26100.03194"],
      ...["10.0.26100", "10.0.26100.5.1", "10.0.26100.x", "10.0.20348.7", ""],
    ];
    const entry = fc.record({
      os: fc.constantFrom("windows", "freebsd", "linux"),
      architecture: fc.constantFrom("amd64", "arm64"),
      variant: fc.constantFrom(undefined, "v2", "v3"),
      version: fc.constantFrom(...versions),
    });
    const hosts = [
      p("windows/amd64", { "os.version": "10.0.26100.3194" }),
      p("freebsd/amd64/v3", { "os.version": "10.0.26100.2" }),
    ];
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.constantFrom(...hosts), (specs, host) => {
        const entries = specs.map(({ os, architecture, variant, version }) =>
          p(`${os}/${architecture}${variant ? `/${variant}` : ""}`, version ? { "os.version": version } : {}),
        );
        const ranked = selectManifest(index(entries), host, regclient)
          .candidates.filter((candidate) => candidate.rank !== null)
          .sort((a, b) => a.rank! - b.rank!)
          .map((candidate) => candidate.position);
        expect(ranked).toEqual(clientRanks(entries, host));
      }),
      { numRuns: 400 },
    );
  });

  it("ranks each group's versions on their own, when Linux entries on a Windows host carry the same os.version", () => {
    // regclient prefers the host's OS, then the higher os.version within it: 10.0.26100.3 before .2, Linux after.
    // (Packing versions for one group with another group's radixes once put .2 first and selected it.)
    const w = (version: string) => p("windows/amd64", { "os.version": version });
    const l = (version: string) => p("linux/amd64", { "os.version": version });
    const selection = selectManifest(
      index([w("10.0.26100.2"), w("10.0.26100.3"), l("10.0.26100.2"), l("10.0.26100.9")]),
      p("windows/amd64", { "os.version": "10.0.26100.3194" }),
      regclient,
    );
    expect(selection.selected).toBe(1);
    expect(selection.candidates.map((candidate) => candidate.rank)).toEqual([2, 1, 4, 3]);
  });

  it("keeps the earlier of two equally good entries and skips entries without a platform", () => {
    const selection = selectManifest(
      index([null, p("linux/arm64/v8"), p("linux/arm64")]),
      p("linux/arm64"),
      regclient,
    );
    expect(selection.selected).toBe(1);
    expect(selection.candidates[0]?.reason).toBe("entry without a platform: regclient skips it");
    expect(selection.candidates[0]?.matches).toBe(false);
  });

  it("asks for the CPU's amd64 level on a machine", () => {
    const entries = index([p("linux/amd64"), p("linux/amd64/v3")]);
    expect(selectManifest(entries, p("linux/amd64/v3"), { ...regclient, implicit: true }).selected).toBe(1);
  });
});

describe("regclient: reasons", () => {
  it("explains a Linux entry on a Windows host without inventing an os.version", () => {
    const host = p("windows/amd64", { "os.version": "10.0.20348.3207" });
    const reason = selectManifest(index([p("linux/amd64")]), host, regclient).candidates[0]?.reason ?? "";
    expect(reason).toMatch(/a linux entry, which a windows host accepts after its own OS: selected$/);
    expect(reason).not.toContain("undefined");
  });

  it("refuses the revisions of another Windows build alike, naming the build, and a respelled build as written", () => {
    const host = p("windows/amd64", { "os.version": "10.0.20348.3207" });
    const versions = ["10.0.17763.1", "10.0.17763.2", "10.0.020348.1"];
    const entries = versions.map((version) => p("windows/amd64", { "os.version": version }));
    const reasons = selectManifest(index(entries), host, regclient).candidates.map((c) => c.reason);
    const otherBuild =
      "windows/amd64: build 10.0.17763 differs from the host's 10.0.20348.3207 in major.minor.build (regclient has no LTSC window)";
    expect(reasons).toEqual([
      otherBuild,
      otherBuild,
      "windows/amd64: os.version 10.0.020348.1 differs from the host's 10.0.20348.3207 in major.minor.build (regclient has no LTSC window)",
    ]);
  });
});
