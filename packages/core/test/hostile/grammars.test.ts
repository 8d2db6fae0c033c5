/**
 * 100,000-character near misses of every grammar a hostile document can aim at, through the whole pipeline
 * (rule modules and the schema check together) and through platform parsing and selection. A regex that
 * backtracks catastrophically would not finish here; the verdicts are asserted too, so a check that gives up
 * early fails as well. The schema patterns alone are covered the same way in schemas.test.ts ("patterns on
 * long near-miss inputs"); regexes.node.test.ts proves each pattern's safety statically.
 */
import { describe, expect, it } from "vitest";
import {
  ENGINE_IDS,
  MEDIA_TYPES,
  PlatformParseError,
  parsePlatform,
  selectManifest,
  validateDocument,
} from "../../src/index.js";

const LONG = 100_000;
const digest = `sha256:${"a".repeat(64)}`;

function manifestWith(layer: Record<string, unknown>, annotations: Record<string, string> = {}) {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, digest, size: 2 },
    layers: [{ mediaType: MEDIA_TYPES.ociLayerTarGzip, digest, size: 1, ...layer }],
    annotations,
  });
}

/** The rule keys reported at `pointer`. */
function rulesAt(text: string, pointer: string): string[] {
  return validateDocument(text)
    .diagnostics.filter((diagnostic) => diagnostic.pointer === pointer)
    .map((diagnostic) => diagnostic.rule);
}

describe("digest grammar on 100,000-character near misses", () => {
  it.each([
    ["an encoded part far too long", `sha256:${"a".repeat(LONG)}`],
    ["separators without end", `sha256${"+a".repeat(LONG / 2)}:x`],
    ["an algorithm and no encoded part", `${"a".repeat(LONG)}:`],
    ["no colon at all", "a+".repeat(LONG / 2)],
    ["padding characters", `sha256:${"=".repeat(LONG)}!`],
  ])("reports %s", (_, value) => {
    expect(rulesAt(manifestWith({ digest: value }), "/layers/0/digest").length).toBeGreaterThan(0);
  });
});

describe("media type grammar on 100,000-character near misses", () => {
  it.each([
    ["a subtype of dots that ends badly", `a/${"a.".repeat(LONG / 2)}!`],
    ["no subtype", `${"a".repeat(LONG)}/`],
    ["a suffix of plus signs", `a/${"+".repeat(LONG)}`],
    ["parameters without end", `a/b${";a=b".repeat(LONG / 4)};`],
  ])("reports %s", (_, value) => {
    expect(rulesAt(manifestWith({ mediaType: value }), "/layers/0/mediaType").length).toBeGreaterThan(0);
  });
});

describe("annotation and descriptor grammars on 100,000-character near misses", () => {
  it.each([
    ["org.opencontainers.image.created", `2020-01-01T00:00:00.${"0".repeat(LONG)}`],
    ["org.opencontainers.image.ref.name", `${"a-".repeat(LONG / 2)}!`],
    ["org.opencontainers.image.licenses", `${"(MIT AND ".repeat(LONG / 9)}`],
    ["org.opencontainers.image.base.digest", `sha256:${"0".repeat(LONG)}`],
    ["org.opencontainers.image.url", `http://${"a".repeat(LONG)}:port`],
  ])("reports the annotation %s", (key, value) => {
    expect(
      rulesAt(manifestWith({}, { [key]: value }), `/annotations/${key.replaceAll("/", "~1")}`),
    ).not.toEqual([]);
  });

  it("reports base64 data of the wrong length and alphabet", () => {
    for (const data of [`${"AAAA".repeat(LONG / 4)}A`, `${"A".repeat(LONG)}-_`, `${"=".repeat(LONG)}`])
      expect(rulesAt(manifestWith({ data }), "/layers/0/data").length).toBeGreaterThan(0);
  });
});

describe("platform grammar on 100,000-character near misses", () => {
  it.each([
    ["an OS option list without end", `linux(${"a+".repeat(LONG / 2)}/amd64`],
    ["a long architecture and a bad variant", `linux/${"a".repeat(LONG)}/v7!`],
    ["many empty parts", "/".repeat(LONG)],
    ["an OS version full of colons", `linux/amd64:${":".repeat(LONG)}`],
    ["regctl options without end", `linux/amd64${",osver".repeat(LONG / 6)}`],
  ])("parsePlatform refuses %s with a PlatformParseError", (_, specifier) => {
    expect(() => parsePlatform(specifier)).toThrow(PlatformParseError);
  });

  it("every engine selects among entries with 100,000-character variants and Windows versions", () => {
    const index = {
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        { digest, platform: { os: "linux", architecture: "arm", variant: `v${"7".repeat(LONG)}` } },
        {
          digest,
          platform: { os: "windows", architecture: "amd64", "os.version": `10.0.${"1.".repeat(LONG / 2)}` },
        },
        { digest, platform: { os: "linux", architecture: "arm", variant: "v7" } },
      ],
    };
    const hosts = [
      { os: "linux", architecture: "arm", variant: "v7" },
      { os: "windows", architecture: "amd64", "os.version": `10.0.${"2".repeat(LONG)}` },
    ];
    for (const engine of ENGINE_IDS) {
      expect(selectManifest(index, hosts[0]!, { engine }).selected).toBe(2);
      expect(selectManifest(index, hosts[1]!, { engine }).candidates).toHaveLength(3);
    }
  });
});
