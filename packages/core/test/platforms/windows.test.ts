import { describe, expect, it } from "vitest";
import { matchPlatform, selectManifest } from "../../src/index.js";
import {
  acceptsPackedWindowsVersion,
  DOTTED_REVISION_RADIX,
  NO_OS_VERSION,
  packDottedVersion,
  packedWindowsWindow,
  packWindowsVersion,
  parseWindowsVersion,
  windowsBuildWindow,
} from "../../src/platforms/windows.js";
import { index, platform as p } from "./fixtures.js";

const windows = (version?: string) => p("windows/amd64", version ? { "os.version": version } : {});

describe("Windows os.version in containerd (rc.5)", () => {
  it.each<[string, string, boolean]>([
    // Hosts below 20348 need the same build; the revision never matters.
    ["10.0.17763.6893", "10.0.17763.1", true],
    ["10.0.17763.6893", "10.0.17763", true],
    ["10.0.17763.6893", "10.0.20348.1", false],
    ["10.0.17763.6893", "10.0.14393.1", false],
    // From 20348 on: [20348, host build], never newer.
    ["10.0.20348.3207", "10.0.20348.1", true],
    ["10.0.20348.3207", "10.0.17763.1", false],
    ["10.0.20348.3207", "10.0.26100.1", false],
    ["10.0.26100.3194", "10.0.20348.1", true],
    ["10.0.26100.3194", "10.0.22621.1", true],
    ["10.0.26100.3194", "10.0.26100.9999", true],
    ["10.0.26100.3194", "10.0.17763.1", false],
    ["10.0.26100.3194", "10.0.26200.1", false],
    // Past the latest LTSC the floor stays 20348 (rc.4 would have refused WS2022 here).
    ["10.0.26200.1", "10.0.20348.1", true],
    // major.minor must be equal; an unparsable candidate version is 0.0.0.
    ["10.0.20348.1", "6.3.20348.1", false],
    ["10.0.20348.1", "banana", false],
    ["10.0.20348.1", "10.0", false],
  ])("host %s, image %s → %s", (host, image, expected) => {
    expect(matchPlatform("containerd", windows(host), windows(image))).toBe(expected);
    expect(matchPlatform("containerd-strict", windows(host), windows(image))).toBe(expected);
  });

  it("treats an empty image version or an unusable host version as don't care", () => {
    expect(matchPlatform("containerd", windows("10.0.17763.1"), windows())).toBe(true);
    expect(matchPlatform("containerd", windows(), windows("10.0.17763.1"))).toBe(true);
    expect(matchPlatform("containerd", windows("10.0"), windows("10.0.99999.1"))).toBe(true);
  });

  it("parses major.minor.build with containerd's integer widths", () => {
    expect(parseWindowsVersion("10.0.17763.1")).toEqual({ major: 10, minor: 0, build: 17763 });
    expect(parseWindowsVersion("10.0.70000")).toBeNull();
    expect(parseWindowsVersion("256.0.1")).toBeNull();
    expect(windowsBuildWindow({ major: 10, minor: 0, build: 17763 })).toEqual({
      floor: 17763,
      ceiling: 17763,
    });
    expect(windowsBuildWindow({ major: 10, minor: 0, build: 26100 })).toEqual({
      floor: 20348,
      ceiling: 26100,
    });
  });

  it("explains a refused build with the host's window", () => {
    const selection = selectManifest(index([windows("10.0.17763.1")]), windows("10.0.26100.3194"));
    expect(selection.candidates[0]?.reason).toMatch(
      /17763 \(Windows Server 2019\) cannot run there: the host runs builds 20348–26100/,
    );
  });

  it("Only never ranks by revision: the first of two matching builds wins", () => {
    const entries = index([windows("10.0.17763.10"), windows("10.0.17763.9")]);
    expect(selectManifest(entries, windows("10.0.17763.6893")).selected).toBe(0);
  });

  it("Default() on Windows ranks os.version as strings, descending (…17763.9 above …17763.10), without 386", () => {
    const entries = index([p("windows/386"), windows("10.0.17763.10"), windows("10.0.17763.9")]);
    const selection = selectManifest(entries, windows("10.0.17763.6893"), { implicit: true });
    expect(selection.selected).toBe(2);
    expect(selection.candidates.map((c) => c.rank)).toEqual([null, 2, 1]);
    // The version decides the order here, so the reasons name it and say how it ranks.
    expect(selection.candidates[2]?.reason).toBe(
      "windows/amd64 10.0.17763.9 is the host platform (exact match); build 17763 (Windows Server 2019) equals the host build; Default() on Windows ranks matches by os.version compared as text, highest first: selected",
    );
    expect(selection.candidates[1]?.reason).toMatch(
      /^windows\/amd64 10\.0\.17763\.10 .*: accepted, ranked 2nd$/,
    );
    expect(selectManifest(entries, windows("10.0.17763.6893")).candidates[0]?.rank).toBe(3);
  });
});

describe("parseWindowsVersion edge cases", () => {
  it.each<[string, [number, number, number] | null]>([
    ["10.0.17763", [10, 0, 17763]],
    ["10.0.17763.", [10, 0, 17763]],
    ["10.0.17763.x.y", [10, 0, 17763]],
    ["255.255.65535", [255, 255, 65535]],
    ["10.0.65536", null],
    ["10.0.1x", null],
    ["10..1", null],
    ["10.0", null],
    ["10.0.", null],
    ["+10.0.1", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    const parsed = parseWindowsVersion(text);
    expect(parsed && [parsed.major, parsed.minor, parsed.build]).toEqual(expected);
  });
});

describe("packed Windows versions (one number per entry)", () => {
  it("packs major.minor.build so that a host's window is one range, and keeps absent apart from unparsable", () => {
    expect(packWindowsVersion(undefined)).toBe(NO_OS_VERSION);
    expect(packWindowsVersion("")).toBe(NO_OS_VERSION);
    expect(packWindowsVersion("banana")).toBe(0);
    expect(packWindowsVersion("10.0.17763.9")).toBe(packWindowsVersion("10.0.17763.10"));
    expect(packWindowsVersion("10.0.17763.1")).toBeLessThan(packWindowsVersion("10.0.20348.1"));
    expect(packWindowsVersion("9.255.65535")).toBeLessThan(packWindowsVersion("10.0.0"));
    const window = packedWindowsWindow(parseWindowsVersion("10.0.26100.3194"));
    expect(acceptsPackedWindowsVersion(window, packWindowsVersion("10.0.20348.1"))).toBe(true);
    expect(acceptsPackedWindowsVersion(window, packWindowsVersion("10.0.26200.1"))).toBe(false);
    expect(acceptsPackedWindowsVersion(window, packWindowsVersion("10.1.20348.1"))).toBe(false);
    expect(acceptsPackedWindowsVersion(window, NO_OS_VERSION)).toBe(true);
    expect(acceptsPackedWindowsVersion(packedWindowsWindow(parseWindowsVersion("0.0.0")), 0)).toBe(true);
  });

  it("packs four-number versions written without leading zeros into one number each, in numeric order", () => {
    const ordered = ["0.0.0.0", "10.0.17763.9", "10.0.17763.10", "10.0.20348.1", "255.255.65535.2097151"];
    const packed = ordered.map(packDottedVersion);
    expect(packed.every((value, i) => i === 0 || value > packed[i - 1]!)).toBe(true);
    // The first three parts are what a packed value divided by the revision's radix leaves: containerd's packing.
    ordered.forEach((version, i) => {
      expect(Math.floor(packed[i]! / DOTTED_REVISION_RADIX)).toBe(packWindowsVersion(version));
    });
    // Anything else, so that equal values mean equal texts: three or five parts, a leading zero, an empty part,
    // a part past its radix, a sign or a letter.
    const refused = [
      "10.0.17763",
      "10.0.17763.1.1",
      "10.0.17763.01",
      "010.0.17763.1",
      "10..17763.1",
      "10.0.17763.",
    ];
    refused.push("256.0.1.1", "10.0.65536.1", "10.0.1.2097152", "10.0.1.-1", "10.0.1.x", "");
    for (const version of refused) expect(packDottedVersion(version)).toBeNaN();
  });

  it("explains every build of one platform by its build, and the revisions of a build alike", () => {
    const versions = ["10.0.26100.1", "10.0.26200.1", "10.0.20348.5", "10.0.17763.2", "10.0.26100.7"];
    const selection = selectManifest(index(versions.map(windows)), windows("10.0.26100.3194"));
    expect(selection.candidates.map((c) => c.matches)).toEqual([true, false, true, false, true]);
    selection.candidates.forEach((candidate, i) => {
      expect(candidate.reason).toContain(`build ${versions[i]?.split(".")[2]} `);
    });
    // Apart from their ranks, the two revisions of 26100 read the same: containerd reads no revision.
    const [first, , , , last] = selection.candidates.map((c) =>
      c.reason.replace(/: (selected|accepted.*)$/, ""),
    );
    expect(last).toBe(first);
  });
});
