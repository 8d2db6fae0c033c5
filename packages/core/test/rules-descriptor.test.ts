import { describe, expect, it } from "vitest";
import { digestBytesSync, validateDocument } from "../src/index.js";
import { digestWith } from "../src/documents/digests.js";
import { applyEdits } from "../src/rules/edits.js";
import fc from "fast-check";
import { checkSchema } from "../src/schemas/index.js";
import { urlsUri } from "../src/rules/descriptor/urls-uri.js";
import { valueAfter } from "./support/locate.js";
import { diagnosticsOf, moduleFindings, rangeOf, SHA256_A, where } from "./validate-support.js";

const CONFIG_TYPE = "application/vnd.oci.image.config.v1+json";
const MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";
const EMPTY_DIGEST = digestBytesSync(new TextEncoder().encode("{}"));

/** A standalone descriptor with members replaced (`undefined` removes one), written as JSON text. */
function descriptor(members: Record<string, unknown> = {}): string {
  const all: Record<string, unknown> = { mediaType: CONFIG_TYPE, digest: SHA256_A, size: 2, ...members };
  return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined)));
}
const check = (text: string, rule: string) => diagnosticsOf(text, rule, { expect: "oci-descriptor" });

describe("mediatype.syntax (R14)", () => {
  it.each([CONFIG_TYPE, `a/${"b".repeat(127)}`, "text/plain", "application/vnd.a!#$&^_.+-b"])(
    "accepts %s",
    (mediaType) => {
      expect(check(descriptor({ mediaType }), "mediatype.syntax")).toEqual([]);
    },
  );
  it.each([
    ["", "empty"],
    ["application", "no '/'"],
    ["application/", "subtype is empty"],
    [".a/b", "start with a letter or digit"],
    ["a/-b", "start with a letter or digit"],
    [`${"a".repeat(128)}/b`, "128 characters"],
    ["application/json; charset=utf-8", "whitespace"],
    ["application/json;charset=utf-8", "parameters"],
  ])("rejects %j (%s)", (mediaType, why) => {
    const text = descriptor({ mediaType });
    const diagnostics = check(text, "mediatype.syntax");
    expect(where(diagnostics)).toEqual([
      { pointer: "/mediaType", range: rangeOf(text, JSON.stringify(mediaType)) },
    ]);
    expect(diagnostics[0]!.message).toContain(why);
  });
  it("checks artifactType and a manifest's own mediaType", () => {
    const text = `{"schemaVersion": 2, "mediaType": "oci manifest", "artifactType": "x", "config": ${descriptor()}, "layers": []}`;
    expect(where(diagnosticsOf(text, "mediatype.syntax", { expect: "oci-manifest" }))).toEqual([
      { pointer: "/mediaType", range: rangeOf(text, '"oci manifest"') },
      { pointer: "/artifactType", range: rangeOf(text, '"x"') },
    ]);
  });
});

describe("mediatype.case (R15)", () => {
  it("is silent on registered spellings and unknown types", () => {
    expect(check(descriptor({ mediaType: "application/vnd.Example+json" }), "mediatype.case")).toEqual([]);
  });
  it("warns at a known type in other letter case and offers the registered spelling", () => {
    const text = descriptor({ mediaType: "application/vnd.OCI.image.config.v1+json" });
    const diagnostics = check(text, "mediatype.case");
    expect(where(diagnostics)).toEqual([
      { pointer: "/mediaType", range: rangeOf(text, '"application/vnd.OCI.image.config.v1+json"') },
    ]);
    expect(applyEdits(text, diagnostics[0]!.fix!.edits)).toBe(descriptor());
  });
});

describe("required members (R16–R18)", () => {
  it.each([
    ["desc.mediatype-required", "mediaType"],
    ["desc.digest-required", "digest"],
    ["desc.size-required", "size"],
  ])("%s: silent when present, reported on the object that lacks %s", (rule, member) => {
    expect(check(descriptor(), rule)).toEqual([]);
    const text = descriptor({ [member]: undefined });
    expect(where(check(text, rule))).toEqual([{ pointer: "", range: rangeOf(text, text) }]);
  });
  it("reports a wrongly typed mediaType or digest at the value", () => {
    const text = descriptor({ mediaType: 5, digest: null });
    expect(where(check(text, "desc.mediatype-required"))).toEqual([
      { pointer: "/mediaType", range: rangeOf(text, "5") },
    ]);
    expect(where(check(text, "desc.digest-required"))).toEqual([
      { pointer: "/digest", range: rangeOf(text, "null") },
    ]);
  });
  it("finds descriptors in every position of a manifest", () => {
    const bad = descriptor({ digest: undefined });
    const text = `{"schemaVersion": 2, "mediaType": "${MANIFEST_TYPE}", "config": ${descriptor()}, "layers": [${descriptor()}, ${bad}]}`;
    expect(diagnosticsOf(text, "desc.digest-required").map((d) => d.pointer)).toEqual(["/layers/1"]);
  });
});

describe("size rules (R19–R21)", () => {
  const sizeText = (size: string) =>
    `{"mediaType": "${CONFIG_TYPE}", "digest": "${SHA256_A}", "size": ${size}}`;
  const sizeFinding = (rule: string, size: string) => {
    const text = sizeText(size);
    return {
      found: where(check(text, rule)),
      expected: [{ pointer: "/size", range: rangeOf(text, size, 0) }],
    };
  };

  it.each(["0", "2", "9223372036854775807"])("desc.size-integer accepts %s", (size) => {
    expect(check(sizeText(size), "desc.size-integer")).toEqual([]);
  });
  it.each([
    ['"2"', "2"],
    ["2.0", "2"],
    ["2e0", "2"],
    ["1.5", undefined],
    ["null", undefined],
  ])("desc.size-integer rejects %s (fix: %s)", (size, fixed) => {
    const { found, expected } = sizeFinding("desc.size-integer", size);
    expect(found).toEqual(expected);
    const [diagnostic] = check(sizeText(size), "desc.size-integer");
    if (fixed === undefined) expect(diagnostic!.fix).toBeUndefined();
    else expect(applyEdits(sizeText(size), diagnostic!.fix!.edits)).toBe(sizeText(fixed));
  });
  it("desc.size-nonnegative: 0 is fine, -1 is not", () => {
    expect(check(sizeText("0"), "desc.size-nonnegative")).toEqual([]);
    const { found, expected } = sizeFinding("desc.size-nonnegative", "-1");
    expect(found).toEqual(expected);
  });
  it("desc.size-int64: judges the literal exactly at 2^63", () => {
    expect(check(sizeText("9223372036854775807"), "desc.size-int64")).toEqual([]);
    const { found, expected } = sizeFinding("desc.size-int64", "9223372036854775808");
    expect(found).toEqual(expected);
  });
});

describe("urls (R22, R23)", () => {
  it("desc.urls-uri accepts absolute URIs and rejects words, paths and spaces", () => {
    expect(
      check(descriptor({ urls: ["https://example.com/a%20b?x=1", "ftp://x"] }), "desc.urls-uri"),
    ).toEqual([]);
    const text = descriptor({ urls: ["value", "https://ok", "/path", "https://a b"] });
    expect(where(check(text, "desc.urls-uri"))).toEqual([
      { pointer: "/urls/0", range: rangeOf(text, '"value"') },
      { pointer: "/urls/2", range: rangeOf(text, '"/path"') },
      { pointer: "/urls/3", range: rangeOf(text, '"https://a b"') },
    ]);
  });
  it("desc.urls-uri judges structure, not only characters, as the schema does", () => {
    const text = descriptor({ urls: ["https://x/#a#b", "http://x:abc", "http://[::1", "https://ok/a?b#c"] });
    expect(where(check(text, "desc.urls-uri"))).toEqual([
      { pointer: "/urls/0", range: rangeOf(text, '"https://x/#a#b"') },
      { pointer: "/urls/1", range: rangeOf(text, '"http://x:abc"') },
      { pointer: "/urls/2", range: rangeOf(text, '"http://[::1"') },
    ]);
    // The module itself, not only the schema finding the pipeline merges in.
    expect(moduleFindings(urlsUri, text, "oci-descriptor").map((finding) => finding.message)).toEqual([
      expect.stringContaining("a second '#'"),
      expect.stringContaining("a port that is not a number"),
      expect.stringContaining("out of place"),
    ]);
  });
  it("desc.urls-uri and the schema give every entry the same verdict, long near misses included", () => {
    const verdicts = (urls: string[]) => {
      const text = descriptor({ urls });
      const byModule = moduleFindings(urlsUri, text, "oci-descriptor").map(
        (finding) => finding.node!.pointer,
      );
      const bySchema = checkSchema("oci-descriptor", JSON.parse(text))
        .filter((finding) => finding.rule === "desc.urls-uri")
        .map((finding) => finding.pointer);
      return { byModule, bySchema };
    };
    const long = "a".repeat(100_000);
    const nearMisses = [`http://${long} `, `http://x/${"a/".repeat(50_000)} `, `x:${"%41".repeat(30_000)}%4`];
    const all = ["/urls/0", "/urls/1", "/urls/2"];
    expect(verdicts(nearMisses)).toEqual({ byModule: all, bySchema: all });
    const uriLike = fc.string({ unit: fc.constantFrom(..."aZ9:/?#[]@%fF.-+_~!$&'()*,;= é"), maxLength: 24 });
    fc.assert(
      fc.property(fc.uniqueArray(uriLike, { minLength: 1, maxLength: 8 }), (urls) => {
        const { byModule, bySchema } = verdicts(urls);
        expect(byModule).toEqual(bySchema);
      }),
      { numRuns: 200 },
    );
  });
  it("desc.urls-scheme warns at other schemes, and at fragments on layers only", () => {
    expect(check(descriptor({ urls: ["https://x#frag", "http://y"] }), "desc.urls-scheme")).toEqual([]);
    const text = descriptor({ urls: ["ftp://x"] });
    expect(where(check(text, "desc.urls-scheme"))).toEqual([
      { pointer: "/urls/0", range: rangeOf(text, '"ftp://x"') },
    ]);
    const layer = `{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": "${SHA256_A}", "size": 1, "urls": ["https://x/l#f"]}`;
    const manifest = `{"schemaVersion": 2, "mediaType": "${MANIFEST_TYPE}", "config": ${descriptor()}, "layers": [${layer}]}`;
    expect(where(diagnosticsOf(manifest, "desc.urls-scheme"))).toEqual([
      { pointer: "/layers/0/urls/0", range: rangeOf(manifest, '"https://x/l#f"') },
    ]);
  });
});

describe("embedded data (R24–R26)", () => {
  const empty = descriptor({
    mediaType: "application/vnd.oci.empty.v1+json",
    digest: EMPTY_DIGEST,
    data: "e30=",
  });

  it("desc.data-base64 accepts padded standard base64 and rejects the rest", () => {
    expect(check(empty, "desc.data-base64")).toEqual([]);
    for (const [data, why] of [
      ["e30", "padding"],
      ["-_8=", "URL-safe"],
      ["e30=!", "alphabet"],
    ]) {
      const text = descriptor({ data });
      const diagnostics = check(text, "desc.data-base64");
      expect(where(diagnostics)).toEqual([{ pointer: "/data", range: rangeOf(text, JSON.stringify(data)) }]);
      expect(diagnostics[0]!.message).toContain(why);
    }
  });
  it("desc.data-matches compares the decoded bytes with size and digest", () => {
    expect(check(empty, "desc.data-matches")).toEqual([]);
    const wrongDigest = descriptor({ data: "e30=" });
    expect(where(check(wrongDigest, "desc.data-matches"))).toEqual([
      { pointer: "/data", range: rangeOf(wrongDigest, '"e30="') },
    ]);
    const wrongSize = descriptor({ digest: EMPTY_DIGEST, size: 3, data: "e30=" });
    expect(check(wrongSize, "desc.data-matches")[0]!.message).toContain("2 bytes");
    // Unregistered algorithms cannot be verified: only the size is compared.
    expect(check(descriptor({ digest: "sha384:abc", data: "e30=" }), "desc.data-matches")).toEqual([]);
  });
  it("desc.data-matches leaves a digest not written in its algorithm's form to the digest rules", () => {
    // Even the right hash in upper case: comparing a digest that cannot match anything would only repeat R9.
    for (const digest of ["sha256:ABC", EMPTY_DIGEST.toUpperCase().replace("SHA256", "sha256")]) {
      const text = descriptor({ digest, data: "e30=" });
      const errors = validateDocument(text, { expect: "oci-descriptor" }).diagnostics.filter(
        (diagnostic) => diagnostic.severity === "error",
      );
      expect(errors.map(({ rule, pointer }) => [rule, pointer])).toEqual([["digest.sha256", "/digest"]]);
    }
  });
  it("desc.data-matches reports size and digest of other registered algorithms, both at data", () => {
    const sha512 = `sha512:${"0".repeat(128)}`;
    const text = descriptor({ digest: sha512, size: 5, data: "e30=" });
    const diagnostics = check(text, "desc.data-matches");
    expect(where(diagnostics)).toEqual([
      { pointer: "/data", range: rangeOf(text, '"e30="') },
      { pointer: "/data", range: rangeOf(text, '"e30="') },
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      '"data" decodes to 2 bytes but "size" is 5.',
      `"data" hashes to ${digestWith("sha512", new TextEncoder().encode("{}"))}, not to the descriptor's digest ${sha512}.`,
    ]);
  });
  it("desc.data-size warns only for large embedded content", () => {
    expect(check(empty, "desc.data-size")).toEqual([]);
    const text = descriptor({ data: "A".repeat(20_000) });
    expect(where(check(text, "desc.data-size"))).toEqual([
      { pointer: "/data", range: rangeOf(text, `"${"A".repeat(20_000)}"`) },
    ]);
  });
});

describe("desc.field-types (R27)", () => {
  it("is silent on correctly typed members", () => {
    const text = descriptor({
      urls: ["https://x"],
      annotations: {},
      data: "e30=",
      artifactType: "a/b",
      platform: {},
    });
    expect(check(text, "desc.field-types")).toEqual([]);
  });
  it("reports each wrongly typed member at its value (null annotations and platform belong to other rules)", () => {
    const text = descriptor({
      urls: "https://x",
      annotations: null,
      data: 7,
      artifactType: [],
      platform: null,
    });
    expect(where(check(text, "desc.field-types"))).toEqual([
      { pointer: "/urls", range: rangeOf(text, '"https://x"') },
      { pointer: "/data", range: rangeOf(text, "7") },
      { pointer: "/artifactType", range: rangeOf(text, "[]") },
    ]);
    const items = descriptor({ urls: ["https://x", 7] });
    expect(where(check(items, "desc.field-types"))).toEqual([
      { pointer: "/urls/1", range: rangeOf(items, "7") },
    ]);
  });
  it("leaves a platform that is not an object to platform.required: one error at the value", () => {
    for (const platform of ["linux", 5, []]) {
      const text = descriptor({ platform });
      const errors = validateDocument(text, { expect: "oci-descriptor" }).diagnostics.filter(
        (diagnostic) => diagnostic.severity === "error",
      );
      expect(errors.map(({ rule, pointer, range }) => ({ rule, pointer, range }))).toEqual([
        {
          rule: "platform.required",
          pointer: "/platform",
          range: valueAfter(text, '"platform":', JSON.stringify(platform)),
        },
      ]);
    }
  });
});

describe("desc.platform-recommended (R28)", () => {
  const entry = (mediaType: string, platform = "") =>
    `{"mediaType": "${mediaType}", "digest": "${SHA256_A}", "size": 1${platform}}`;
  it("is silent for entries with a platform and for non-image entries", () => {
    const text = `{"schemaVersion": 2, "manifests": [${entry(MANIFEST_TYPE, ', "platform": {"os": "linux", "architecture": "amd64"}')}, ${entry("application/vnd.oci.image.index.v1+json")}]}`;
    expect(diagnosticsOf(text, "desc.platform-recommended", { expect: "oci-index" })).toEqual([]);
  });
  it("warns at an image entry without platform", () => {
    const bare = entry(MANIFEST_TYPE);
    const text = `{"schemaVersion": 2, "manifests": [${bare}]}`;
    expect(where(diagnosticsOf(text, "desc.platform-recommended", { expect: "oci-index" }))).toEqual([
      { pointer: "/manifests/0", range: rangeOf(text, bare) },
    ]);
  });
});
