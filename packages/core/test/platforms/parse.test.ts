import { describe, expect, it } from "vitest";
import {
  formatPlatform,
  normalizePlatform,
  parsePlatform,
  PlatformParseError,
  type Platform,
} from "../../src/index.js";

describe("parsePlatform: containerd's Parse, partial normalization included", () => {
  it.each<[string, Platform]>([
    ["linux/amd64", { os: "linux", architecture: "amd64" }],
    ["linux/x86_64", { os: "linux", architecture: "amd64" }],
    ["linux/x86-64/v1", { os: "linux", architecture: "amd64" }],
    ["linux/amd64/v3", { os: "linux", architecture: "amd64", variant: "v3" }],
    // The surprise: two parts never gain v8, only three parts do.
    ["linux/aarch64", { os: "linux", architecture: "arm64" }],
    ["linux/arm64", { os: "linux", architecture: "arm64" }],
    ["linux/arm64/v8", { os: "linux", architecture: "arm64", variant: "v8" }],
    ["linux/arm64/8", { os: "linux", architecture: "arm64", variant: "v8" }],
    ["linux/arm64/v8.0", { os: "linux", architecture: "arm64", variant: "v8" }],
    ["linux/arm64/9", { os: "linux", architecture: "arm64", variant: "v9" }],
    ["linux/arm64/v8.2", { os: "linux", architecture: "arm64", variant: "v8.2" }],
    // arm/v7 is shown without its variant in two parts, kept in three.
    ["linux/arm", { os: "linux", architecture: "arm" }],
    ["linux/armhf", { os: "linux", architecture: "arm" }],
    ["linux/armel", { os: "linux", architecture: "arm", variant: "v6" }],
    ["linux/arm/v7", { os: "linux", architecture: "arm", variant: "v7" }],
    ["linux/arm/7", { os: "linux", architecture: "arm", variant: "v7" }],
    ["linux/arm/4", { os: "linux", architecture: "arm", variant: "4" }],
    ["linux/i386", { os: "linux", architecture: "386" }],
    ["LINUX/AMD64", { os: "linux", architecture: "amd64" }],
    ["macos/arm64", { os: "darwin", architecture: "arm64" }],
    ["linux/ppc64le", { os: "linux", architecture: "ppc64le" }],
    ["linux/riscv64/rva22u64", { os: "linux", architecture: "riscv64", variant: "rva22u64" }],
    [
      "windows(10.0.17763+win32k)/amd64",
      { os: "windows", architecture: "amd64", "os.version": "10.0.17763", "os.features": ["win32k"] },
    ],
    ["windows(10.0.20348)/amd64", { os: "windows", architecture: "amd64", "os.version": "10.0.20348" }],
    [
      "windows(%2B1+a%2Fb)/amd64",
      { os: "windows", architecture: "amd64", "os.version": "+1", "os.features": ["a/b"] },
    ],
  ])("%s", (specifier, expected) => {
    expect(parsePlatform(specifier)).toEqual(expected);
  });

  it("fills a one-part specifier from the default host", () => {
    expect(parsePlatform("linux")).toEqual({ os: "linux", architecture: "amd64" });
    expect(parsePlatform("aarch64")).toEqual({ os: "linux", architecture: "arm64" });
    expect(parsePlatform("armhf")).toEqual({ os: "linux", architecture: "arm" });
    expect(parsePlatform("armel")).toEqual({ os: "linux", architecture: "arm", variant: "v6" });
    const pi = { os: "linux", architecture: "arm", variant: "v6" };
    expect(parsePlatform("linux", { defaultHost: pi })).toEqual(pi);
    expect(
      parsePlatform("linux", { defaultHost: { os: "linux", architecture: "arm", variant: "v7" } }),
    ).toEqual({
      os: "linux",
      architecture: "arm",
    });
    expect(parsePlatform("x86_64", { defaultHost: { os: "windows", architecture: "arm64" } })).toEqual({
      os: "windows",
      architecture: "amd64",
    });
  });

  it("accepts crane's :osversion and regctl's ,osver= suffixes", () => {
    const expected = { os: "windows", architecture: "amd64", "os.version": "10.0.17763.4974" };
    expect(parsePlatform("windows/amd64:10.0.17763.4974")).toEqual(expected);
    expect(parsePlatform("windows/amd64,osver=10.0.17763.4974")).toEqual(expected);
    expect(parsePlatform("windows/amd64,osversion=10.0.17763.4974")).toEqual(expected);
    expect(parsePlatform("linux/arm/v7:1.0")).toEqual({
      os: "linux",
      architecture: "arm",
      variant: "v7",
      "os.version": "1.0",
    });
  });

  it.each<[string, string]>([
    ["linux/arm/v7/extra", "extra"],
    ["linux/arm/v7/a/b", "a/b"],
    ["linux//amd64", ""],
    ["/linux/amd64", ""],
    ["linux/amd64/", ""],
    ["linux/amd 64", "amd 64"],
    ["linux/a&b", "a&b"],
    ["linux/*", "*"],
    ["li.nux/amd64", "li.nux"],
    ["plan10", "plan10"],
    ["windows(10.0+)/amd64", "windows(10.0+)"],
    ["windows(%ZZ)/amd64", "%ZZ"],
    ["linux/amd64,prefer=gpu", "prefer=gpu"],
    ["linux/amd64,osver=", "osver="],
    ["linux/amd64:", ""],
    ["windows(10.0.1)/amd64:10.0.2", "10.0.2"],
  ])("rejects %s, naming %j", (specifier, part) => {
    let error: unknown;
    try {
      parsePlatform(specifier);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlatformParseError);
    expect((error as PlatformParseError).part).toBe(part);
    expect((error as Error).message).toContain(JSON.stringify(part === "" ? specifier : part).slice(1, -1));
  });
});

describe("normalizePlatform: containerd's Normalize table", () => {
  it.each<[Platform, Platform]>([
    [
      { os: "Linux", architecture: "x86_64" },
      { os: "linux", architecture: "amd64" },
    ],
    [
      { os: "linux", architecture: "amd64", variant: "v1" },
      { os: "linux", architecture: "amd64" },
    ],
    [
      { os: "linux", architecture: "amd64", variant: "V3" },
      { os: "linux", architecture: "amd64", variant: "v3" },
    ],
    [
      { os: "linux", architecture: "i386", variant: "x" },
      { os: "linux", architecture: "386" },
    ],
    [
      { os: "linux", architecture: "aarch64", variant: "8" },
      { os: "linux", architecture: "arm64" },
    ],
    [
      { os: "linux", architecture: "arm64", variant: "v8" },
      { os: "linux", architecture: "arm64" },
    ],
    [
      { os: "linux", architecture: "arm64", variant: "v8.0" },
      { os: "linux", architecture: "arm64" },
    ],
    [
      { os: "linux", architecture: "arm64", variant: "9.0" },
      { os: "linux", architecture: "arm64", variant: "v9" },
    ],
    [
      { os: "linux", architecture: "arm64", variant: "v8.3" },
      { os: "linux", architecture: "arm64", variant: "v8.3" },
    ],
    [
      { os: "linux", architecture: "arm64", variant: "v10" },
      { os: "linux", architecture: "arm64", variant: "v10" },
    ],
    [
      { os: "linux", architecture: "armhf", variant: "v5" },
      { os: "linux", architecture: "arm", variant: "v7" },
    ],
    [
      { os: "linux", architecture: "armel" },
      { os: "linux", architecture: "arm", variant: "v6" },
    ],
    [
      { os: "linux", architecture: "arm" },
      { os: "linux", architecture: "arm", variant: "v7" },
    ],
    [
      { os: "linux", architecture: "arm", variant: "5" },
      { os: "linux", architecture: "arm", variant: "v5" },
    ],
    [
      { os: "linux", architecture: "arm", variant: "8" },
      { os: "linux", architecture: "arm", variant: "v8" },
    ],
    [
      { os: "linux", architecture: "arm", variant: "4" },
      { os: "linux", architecture: "arm", variant: "4" },
    ],
    [
      { os: "linux", architecture: "ppc64le", variant: "Power9" },
      { os: "linux", architecture: "ppc64le", variant: "power9" },
    ],
    [
      { os: "macos", architecture: "arm64" },
      { os: "darwin", architecture: "arm64" },
    ],
    [
      { os: "", architecture: "amd64" },
      { os: "linux", architecture: "amd64" },
    ],
    [
      { os: "windows", architecture: "amd64", "os.version": "10.0.17763.1", "os.features": ["b", "a", "b"] },
      { os: "windows", architecture: "amd64", "os.version": "10.0.17763.1", "os.features": ["a", "b"] },
    ],
  ])("%j → %j", (input, expected) => {
    expect(normalizePlatform(input)).toEqual(expected);
  });
});

describe("formatPlatform: Format and FormatAll", () => {
  it("joins the non-empty parts, or says unknown without an OS", () => {
    expect(formatPlatform({ os: "linux", architecture: "arm", variant: "v7" })).toBe("linux/arm/v7");
    expect(formatPlatform({ os: "linux", architecture: "amd64" })).toBe("linux/amd64");
    expect(formatPlatform({ os: "", architecture: "amd64" })).toBe("unknown");
    expect(formatPlatform({ os: "windows", architecture: "amd64", "os.version": "10.0.1" })).toBe(
      "windows/amd64",
    );
  });

  it("writes os.version and sorted, de-duplicated features with all, escaping syntax characters", () => {
    const p = {
      os: "windows",
      architecture: "amd64",
      "os.version": "10.0.17763",
      "os.features": ["z", "win32k", "z"],
    };
    expect(formatPlatform(p, { all: true })).toBe("windows(10.0.17763+win32k+z)/amd64");
    expect(
      formatPlatform({ os: "linux", architecture: "amd64", "os.version": "1+2/(3)%" }, { all: true }),
    ).toBe("linux(1%2B2%2F%283%29%25)/amd64");
    expect(formatPlatform({ os: "linux", architecture: "arm64" }, { all: true })).toBe("linux/arm64");
  });

  it("round-trips FormatAll through Parse", () => {
    for (const p of [
      { os: "windows", architecture: "amd64", "os.version": "10.0.17763+x", "os.features": ["a(b)", "c%d"] },
      { os: "linux", architecture: "arm", variant: "v6" },
      { os: "linux", architecture: "arm64", variant: "v8.2" },
    ]) {
      expect(parsePlatform(formatPlatform(p, { all: true }))).toEqual(p);
    }
  });
});
