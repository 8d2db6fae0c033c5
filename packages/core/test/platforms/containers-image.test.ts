import { describe, expect, it } from "vitest";
import { comparePlatforms, matchPlatform, selectManifest } from "../../src/index.js";
import { wantedVariants } from "../../src/platforms/engines/containers-image.js";
import { DOCKER_LIST, index, platform as p, ZSTD } from "./fixtures.js";

describe("containers-image: the wanted list", () => {
  it.each<[string, string, string[]]>([
    ["arm", "v6", ["v6", "v5", ""]],
    ["arm", "v8", ["v8", "v7", "v6", "v5", ""]],
    ["arm", "", ["", "v8", "v7", "v6", "v5"]],
    ["arm", "v4", ["v4", ""]],
    ["arm64", "v8", ["v8", ""]],
    ["arm64", "", ["", "v8"]],
    ["arm64", "v8.2", ["v8.2", ""]],
    ["amd64", "v3", ["v3", ""]],
    ["amd64", "", [""]],
  ])("%s variant %j wants %j", (arch, variant, expected) => {
    expect(wantedVariants(arch, variant)).toEqual(expected);
  });

  it("compares names exactly, without normalization or cross-architecture fallback", () => {
    expect(matchPlatform("containers-image", p("linux/arm64"), p("linux/aarch64"))).toBe(false);
    expect(matchPlatform("containers-image", p("linux/amd64"), p("linux/386"))).toBe(false);
    expect(matchPlatform("containers-image", p("linux/arm64/v8"), p("linux/arm/v7"))).toBe(false);
    expect(matchPlatform("containers-image", p("linux/amd64/v3"), p("linux/amd64/v2"))).toBe(false);
    expect(matchPlatform("containers-image", p("linux/amd64"), p("linux/amd64/v2"))).toBe(false);
    const why = selectManifest(index([p("linux/aarch64")]), p("linux/arm64"), { engine: "containers-image" })
      .candidates[0];
    expect(why?.reason).toMatch(/"aarch64" is not spelled "arm64".*compares names exactly/);
  });

  it("ranks arm/v8 above arm/v7 when no variant is asked for", () => {
    expect(comparePlatforms("containers-image", p("linux/arm"), p("linux/arm/v8"), p("linux/arm/v7"))).toBe(
      -1,
    );
    const selection = selectManifest(index([p("linux/arm/v7"), p("linux/arm/v8")]), p("linux/arm"), {
      engine: "containers-image",
    });
    expect(selection.selected).toBe(1);
  });

  it("ignores os.version and os.features entirely", () => {
    const host = p("windows/amd64", { "os.version": "10.0.17763.1" });
    expect(
      matchPlatform(
        "containers-image",
        host,
        p("windows/amd64", { "os.version": "10.0.26100.1", "os.features": ["x"] }),
      ),
    ).toBe(true);
  });

  it("detects only arm variants on its own: a v3 server asks for plain amd64, a Pi 5 for arm64/v8", () => {
    const amd = index([p("linux/amd64/v3"), p("linux/amd64")]);
    expect(
      selectManifest(amd, p("linux/amd64/v3"), { engine: "containers-image", implicit: true }).selected,
    ).toBe(1);
    const arm = index([p("linux/arm64/v8.2"), p("linux/arm64")]);
    expect(
      selectManifest(arm, p("linux/arm64/v8.2"), { engine: "containers-image", implicit: true }).selected,
    ).toBe(1);
  });
});

describe("containers-image: OCI index versus Docker manifest list", () => {
  const gzipThenZstd = [p("linux/amd64"), { platform: p("linux/amd64"), annotations: ZSTD }];

  it("prefers zstd instances in an OCI index unless gzip is preferred", () => {
    const oci = index(gzipThenZstd);
    const selection = selectManifest(oci, p("linux/amd64"), { engine: "containers-image" });
    expect(selection.selected).toBe(1);
    expect(selection.candidates[1]?.reason).toMatch(/zstd instance, preferred over gzip/);
    expect(
      selectManifest(oci, p("linux/amd64"), { engine: "containers-image", preferGzip: true }).selected,
    ).toBe(0);
  });

  it("ranks by the wanted list before compression", () => {
    const oci = index([{ platform: p("linux/arm/v6"), annotations: ZSTD }, p("linux/arm/v7")]);
    expect(selectManifest(oci, p("linux/arm/v7"), { engine: "containers-image" }).selected).toBe(1);
  });

  it("takes the first equal entry per wanted platform in a Docker list, ignoring zstd", () => {
    const list = index(gzipThenZstd, DOCKER_LIST);
    expect(selectManifest(list, p("linux/amd64"), { engine: "containers-image" }).selected).toBe(0);
    const arm = index([p("linux/arm/v5"), p("linux/arm/v6")], DOCKER_LIST);
    expect(selectManifest(arm, p("linux/arm/v7"), { engine: "containers-image" }).selected).toBe(1);
  });

  it("accepts an entry without a platform as the last resort in an OCI index only", () => {
    const oci = selectManifest(index([null, p("linux/arm/v5")]), p("linux/arm/v7"), {
      engine: "containers-image",
    });
    expect(oci.selected).toBe(1);
    expect(oci.candidates[0]?.rank).toBe(2);
    expect(selectManifest(index([null]), p("linux/s390x"), { engine: "containers-image" }).selected).toBe(0);
    const list = selectManifest(index([null], DOCKER_LIST), p("linux/amd64"), { engine: "containers-image" });
    expect(list.selected).toBeNull();
    expect(list.candidates[0]?.reason).toMatch(/never picks one from a Docker manifest list/);
  });
});
