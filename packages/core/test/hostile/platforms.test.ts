/**
 * Property tests of every platform function on hostile input. parsePlatform may refuse a specifier with a
 * PlatformParseError that says what is wrong, and selectManifest may refuse a value that is not an index at
 * all (both are their contract); nothing else throws, and every result has the contract's shape.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ENGINE_IDS,
  PlatformParseError,
  analyzeCoverage,
  comparePlatforms,
  formatPlatform,
  matchPlatform,
  normalizePlatform,
  parsePlatform,
  selectManifest,
  type Platform,
  type Selection,
} from "../../src/index.js";
import { corpus } from "../support/corpus.js";
import { indexArbitrary, platformArbitrary, specifierArbitrary } from "./arbitraries.js";

const engine = fc.constantFrom(...ENGINE_IDS);

function expectPlatform(platform: Platform) {
  expect(typeof platform.os).toBe("string");
  expect(typeof platform.architecture).toBe("string");
  for (const key of ["variant", "os.version"] as const)
    if (key in platform) expect(typeof platform[key]).toBe("string");
  if ("os.features" in platform)
    expect(platform["os.features"]!.every((f) => typeof f === "string")).toBe(true);
}

function expectSelection(selection: Selection, entries: number) {
  expect(selection.candidates.map((candidate) => candidate.position)).toEqual([...Array(entries).keys()]);
  for (const candidate of selection.candidates) {
    expect(candidate.reason.trim()).not.toBe("");
    expect(candidate.matches ? candidate.rank! >= 1 : candidate.rank === null).toBe(true);
  }
  if (selection.selected !== null) expect(selection.candidates[selection.selected]!.rank).toBe(1);
}

describe("platform functions on hostile input", () => {
  it("parsePlatform returns a platform or throws a PlatformParseError naming the bad part", () => {
    fc.assert(
      fc.property(specifierArbitrary, fc.option(platformArbitrary, { nil: undefined }), (specifier, host) => {
        let platform: Platform;
        try {
          platform = parsePlatform(specifier, { defaultHost: host });
        } catch (error) {
          expect(error).toBeInstanceOf(PlatformParseError);
          expect((error as PlatformParseError).message.trim()).not.toBe("");
          expect(specifier).toContain((error as PlatformParseError).part);
          return;
        }
        expectPlatform(platform);
        expectPlatform(normalizePlatform(platform));
        expect(typeof formatPlatform(platform)).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  it("normalize, format, match and compare accept any platform", () => {
    fc.assert(
      fc.property(engine, platformArbitrary, platformArbitrary, platformArbitrary, (id, host, a, b) => {
        expectPlatform(normalizePlatform(a));
        expect(typeof formatPlatform(a, { all: true })).toBe("string");
        expect(typeof matchPlatform(id, host, a)).toBe("boolean");
        expect([-1, 0, 1]).toContain(comparePlatforms(id, host, a, b) + 0);
      }),
      { numRuns: 300 },
    );
  });

  it("selectManifest gives every engine's verdict on hostile indexes, with a reason per entry", () => {
    fc.assert(
      fc.property(indexArbitrary, platformArbitrary, engine, fc.boolean(), (index, host, id, preferGzip) => {
        expectSelection(selectManifest(index, host, { engine: id, preferGzip }), index.manifests.length);
      }),
      { numRuns: 300 },
    );
  });

  it('selectManifest reads `"annotations": null` as no annotations (found by the property above)', () => {
    const index = { manifests: [{ annotations: null, platform: { os: "linux", architecture: "amd64" } }] };
    for (const id of ENGINE_IDS)
      expect(selectManifest(index, { os: "linux", architecture: "amd64" }, { engine: id }).selected).toBe(0);
  });

  it("treats Object.prototype's names as plain architectures (found by the properties above, in Chromium)", () => {
    for (const architecture of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const platform = { os: "linux", architecture };
      const index = { manifests: [{ platform }] };
      for (const id of ENGINE_IDS) {
        const selection = selectManifest(index, platform, { engine: id });
        expect(selection.selected, `${id} ${architecture}`).toBe(0);
        expect(selection.candidates[0]!.reason).not.toMatch(/native code|function/);
      }
    }
  });

  it("selectManifest refuses anything that is not an index with an Error that says so", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const isIndex =
          typeof value === "object" &&
          value !== null &&
          !Array.isArray(value) &&
          Array.isArray((value as { manifests?: unknown }).manifests);
        if (isIndex) return;
        expect(() => selectManifest(value, { os: "linux", architecture: "amd64" })).toThrow(/manifests/);
      }),
      { numRuns: 200 },
    );
  });

  it("analyzeCoverage covers hostile indexes and the corpus lists", () => {
    const lists = corpus
      .filter((item) => item.format === "oci-index" || item.format === "docker-list")
      .map((item) => JSON.parse(item.text) as { manifests: unknown[] });
    fc.assert(
      fc.property(fc.oneof(indexArbitrary, fc.constantFrom(...lists)), (index) => {
        const coverage = analyzeCoverage(index);
        for (const host of coverage.hosts) {
          for (const position of Object.values(host.selections))
            if (position !== null) expect(position).toBeLessThan(index.manifests.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});
