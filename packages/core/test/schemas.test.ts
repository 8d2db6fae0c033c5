/**
 * Our compiled JSON Schemas against the upstream corpus and hand-made edge cases (runs in Node and Chromium).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isRfc3339DateTime } from "../src/rules/oci-config/date-time.js";
import type { Kind } from "../src/report.js";
import { checkSchema, hasSchema, SCHEMA_KINDS, schemaValidators } from "../src/schemas/index.js";
import { SCHEMA_RULES } from "../src/schemas/rule-table.js";
import { corpus, type CorpusCase } from "./support/corpus.js";

const kindOf = (c: CorpusCase): Kind => (c.format === "docker-list" ? "docker-manifest-list" : c.format);

function parsed(c: CorpusCase): unknown {
  try {
    return JSON.parse(c.text);
  } catch {
    return undefined;
  }
}

/** Corpus documents that are JSON and have a schema. */
const schemaCases = corpus.filter((c) => hasSchema(kindOf(c)) && parsed(c) !== undefined);
const schemaRuleKeys = new Set(Object.values(SCHEMA_RULES).map((entry) => entry.rule));

/** What checkSchema must report for each invalid corpus document whose verdict rests on the schema. */
const invalidFindings: Record<string, Array<[rule: string, pointer: string]>> = {
  "docker-manifest-containers-image-no-mediatype.invalid.json": [["dm.mediatype", ""]],
  "oci-config-env-number.invalid.json": [
    ["oc.os", "/os"],
    ["oc.field-types", "/config/Env/0"],
  ],
  "oci-config-env-without-equals.invalid.json": [["oc.env-format", "/config/Env/0"]],
  "oci-config-history-string.invalid.json": [
    ["oc.os", "/os"],
    ["oc.field-types", "/history"],
  ],
  "oci-config-os-number.invalid.json": [["oc.os", "/os"]],
  "oci-config-user-number.invalid.json": [["oc.field-types", "/config/User"]],
  "oci-config-variant-number.invalid.json": [["oc.field-types", "/variant"]],
  "oci-config-volumes-array.invalid.json": [
    ["oc.os", "/os"],
    ["oc.field-types", "/config/Volumes"],
  ],
  "oci-descriptor-artifacttype-bad-subtype.invalid.json": [["mediatype.syntax", "/artifactType"]],
  "oci-descriptor-data-missing-padding.invalid.json": [["desc.data-base64", "/data"]],
  "oci-descriptor-digest-missing.invalid.json": [["desc.digest-required", ""]],
  "oci-descriptor-digest-no-algorithm.invalid.json": [["digest.grammar", "/digest"]],
  "oci-descriptor-digest-no-encoded.invalid.json": [["digest.grammar", "/digest"]],
  "oci-descriptor-digest-repeated-separators.invalid.json": [["digest.grammar", "/digest"]],
  "oci-descriptor-digest-sha256-uppercase-hex.invalid.json": [["digest.sha256", "/digest"]],
  "oci-descriptor-digest-uppercase-algorithm.invalid.json": [["digest.grammar", "/digest"]],
  "oci-descriptor-mediatype-bad-first-subtype-char.invalid.json": [["mediatype.syntax", "/mediaType"]],
  "oci-descriptor-mediatype-bad-first-type-char.invalid.json": [["mediatype.syntax", "/mediaType"]],
  "oci-descriptor-mediatype-missing.invalid.json": [["desc.mediatype-required", ""]],
  "oci-descriptor-mediatype-no-subtype.invalid.json": [["mediatype.syntax", "/mediaType"]],
  "oci-descriptor-mediatype-subtype-too-long.invalid.json": [["mediatype.syntax", "/mediaType"]],
  "oci-descriptor-mediatype-type-too-long.invalid.json": [["mediatype.syntax", "/mediaType"]],
  "oci-descriptor-size-missing.invalid.json": [["desc.size-required", ""]],
  "oci-descriptor-size-negative.invalid.json": [["desc.size-nonnegative", "/size"]],
  "oci-descriptor-size-string.invalid.json": [["desc.size-integer", "/size"]],
  "oci-descriptor-urls-not-uri.invalid.json": [["desc.urls-uri", "/urls/0"]],
  "oci-index-entry-digest-missing.invalid.json": [["desc.digest-required", "/manifests/0"]],
  "oci-index-entry-mediatype-empty.invalid.json": [["mediatype.syntax", "/manifests/0/mediaType"]],
  "oci-index-entry-mediatype-invalid-amd64.invalid.json": [["mediatype.syntax", "/manifests/0/mediaType"]],
  "oci-index-entry-mediatype-invalid-ppc64le.invalid.json": [["mediatype.syntax", "/manifests/0/mediaType"]],
  "oci-index-entry-size-string.invalid.json": [["desc.size-integer", "/manifests/0/size"]],
  "oci-index-platform-architecture-missing.invalid.json": [["platform.required", "/manifests/0/platform"]],
  "oci-index-subject-string.invalid.json": [["om.subject-descriptor", "/subject"]],
  "oci-manifest-config-mediatype-invalid.invalid.json": [["mediatype.syntax", "/config/mediaType"]],
  "oci-manifest-containers-image-artifact-empty-digest-no-mediatype.invalid.json": [
    ["digest.grammar", "/config/digest"],
    ["om.layers-required", "/layers"],
  ],
  "oci-manifest-containers-image-artifact-empty-digest.invalid.json": [
    ["digest.grammar", "/config/digest"],
    ["om.layers-required", "/layers"],
  ],
  "oci-manifest-containers-image-unknown-version.invalid.json": [
    ["om.config-required", ""],
    ["om.layers-required", ""],
    ["top.schemaversion", "/schemaVersion"],
  ],
  "oci-manifest-digest-algorithm-repeated-separators.invalid.json": [["digest.grammar", "/layers/0/digest"]],
  "oci-manifest-layer-size-string.invalid.json": [["desc.size-integer", "/layers/0/size"]],
  "oci-manifest-layers-empty.invalid.json": [["om.layers-nonempty", "/layers"]],
  "oci-manifest-subject-not-object.invalid.json": [["om.subject-descriptor", "/subject"]],
};

const pairs = (kind: Kind, value: unknown) => checkSchema(kind, value).map((f) => [f.rule, f.pointer]);

describe("upstream corpus", () => {
  test("covers every kind that has a schema", () => {
    expect(new Set(schemaCases.map(kindOf))).toEqual(new Set(SCHEMA_KINDS));
  });

  test.each(schemaCases.filter((c) => c.valid).map((c) => [c.name, c] as const))("accepts %s", (_name, c) => {
    expect(checkSchema(kindOf(c), parsed(c))).toEqual([]);
  });

  test.each(schemaCases.filter((c) => !c.valid).map((c) => [c.name, c] as const))(
    "%s: the schema reports exactly its schema-level rules",
    (_name, c) => {
      const expected = c.ruleKeys.filter((key) => schemaRuleKeys.has(key));
      const found = checkSchema(kindOf(c), parsed(c));
      expect([...new Set(found.map((f) => f.rule))].sort()).toEqual([...new Set(expected)].sort());
      expect(found.map((f) => [f.rule, f.pointer])).toEqual(invalidFindings[c.name] ?? []);
    },
  );

  test("every expected-findings entry names an invalid corpus document", () => {
    const invalid = new Set(schemaCases.filter((c) => !c.valid).map((c) => c.name));
    expect(Object.keys(invalidFindings).filter((name) => !invalid.has(name))).toEqual([]);
  });
});

const digest = "sha256:" + "a".repeat(64);
const descriptor = { mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest, size: 1 };
const manifest = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  mediaType: "application/vnd.oci.image.manifest.v1+json",
  config: { ...descriptor, mediaType: "application/vnd.oci.image.config.v1+json" },
  layers: [descriptor],
  ...extra,
});
const withLayer = (layer: Record<string, unknown>) => manifest({ layers: [{ ...descriptor, ...layer }] });
const config = (extra: Record<string, unknown> = {}) => ({
  architecture: "amd64",
  os: "linux",
  rootfs: { type: "layers", diff_ids: [digest] },
  ...extra,
});

describe("descriptors", () => {
  test("patterns are full matches: a trailing newline is not allowed (hazard H6)", () => {
    expect(pairs("oci-manifest", withLayer({ digest: `${digest}\n` }))).toEqual([
      ["digest.grammar", "/layers/0/digest"],
    ]);
    expect(pairs("oci-manifest", withLayer({ mediaType: "application/json\n" }))).toEqual([
      ["mediatype.syntax", "/layers/0/mediaType"],
    ]);
  });

  test("registered algorithms fix the encoded length; unregistered ones only need the grammar", () => {
    expect(pairs("oci-descriptor", { ...descriptor, digest: "sha256:abc" })).toEqual([
      ["digest.sha256", "/digest"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, digest: "sha512:" + "b".repeat(64) })).toEqual([
      ["digest.sha512", "/digest"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, digest: "blake3:" + "C".repeat(64) })).toEqual([
      ["digest.blake3", "/digest"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, digest: "sha512:" + "b".repeat(128) })).toEqual([]);
    expect(pairs("oci-descriptor", { ...descriptor, digest: "sha384:x" })).toEqual([]);
    expect(
      pairs("oci-descriptor", {
        ...descriptor,
        digest: "sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564",
      }),
    ).toEqual([]);
  });

  test("a malformed digest is reported once, as a grammar error", () => {
    expect(pairs("oci-descriptor", { ...descriptor, digest: "sha256:" })).toEqual([
      ["digest.grammar", "/digest"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, digest: "sha256:a b" })).toEqual([
      ["digest.grammar", "/digest"],
    ]);
  });

  test("media types are RFC 6838 names without parameters", () => {
    expect(pairs("oci-descriptor", { ...descriptor, mediaType: "application/json; charset=utf-8" })).toEqual([
      ["mediatype.syntax", "/mediaType"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, mediaType: "a/" + "b".repeat(127) })).toEqual([]);
    expect(pairs("oci-descriptor", { ...descriptor, mediaType: "a/" + "b".repeat(128) })).toEqual([
      ["mediatype.syntax", "/mediaType"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, mediaType: 7 })).toEqual([
      ["desc.mediatype-required", "/mediaType"],
    ]);
  });

  test("size must be a non-negative integer", () => {
    expect(pairs("oci-descriptor", { ...descriptor, size: 1.5 })).toEqual([["desc.size-integer", "/size"]]);
    expect(pairs("oci-descriptor", { ...descriptor, size: null })).toEqual([["desc.size-integer", "/size"]]);
    expect(pairs("oci-descriptor", { ...descriptor, size: -1 })).toEqual([
      ["desc.size-nonnegative", "/size"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, size: 0 })).toEqual([]);
  });

  test("data is padded standard base64", () => {
    for (const data of ["", "e30=", "YWJj", "YQ==", "+/+/"]) {
      expect(pairs("oci-descriptor", { ...descriptor, data })).toEqual([]);
    }
    for (const data of ["e30", "-_-_", "YQ=", "YQ===", "e30=\n", "e3 0="]) {
      expect(pairs("oci-descriptor", { ...descriptor, data })).toEqual([["desc.data-base64", "/data"]]);
    }
  });

  test("urls are absolute RFC 3986 URIs", () => {
    const ok = [
      "https://example.com/blob",
      "http://user:pw@[::1]:5000/v2/x?y=1#z",
      "urn:isbn:0451450523",
      "file:///tmp/x",
      "https://example.com/a%20b",
    ];
    expect(pairs("oci-descriptor", { ...descriptor, urls: ok })).toEqual([]);
    const bad = [
      "value",
      "/relative/path",
      "https://exa mple.com/",
      "https://example.com/%zz",
      "1http://x",
      "https://x/#a#b",
    ];
    expect(pairs("oci-descriptor", { ...descriptor, urls: bad })).toEqual(
      bad.map((_, i) => ["desc.urls-uri", `/urls/${i}`]),
    );
    expect(pairs("oci-descriptor", { ...descriptor, urls: "https://example.com" })).toEqual([
      ["desc.field-types", "/urls"],
    ]);
  });

  test("annotations are a string map, never null; empty values are fine", () => {
    expect(pairs("oci-manifest", manifest({ annotations: {} }))).toEqual([]);
    expect(pairs("oci-manifest", manifest({ annotations: { "com.example": "" } }))).toEqual([]);
    expect(pairs("oci-manifest", manifest({ annotations: null }))).toEqual([
      ["annot.not-null", "/annotations"],
    ]);
    expect(pairs("oci-manifest", manifest({ annotations: ["x"] }))).toEqual([
      ["annot.string-map", "/annotations"],
    ]);
    expect(pairs("oci-manifest", withLayer({ annotations: { "a/b": 1, "c~d": { x: "y" } } }))).toEqual([
      ["annot.string-map", "/layers/0/annotations/a~1b"],
      ["annot.string-map", "/layers/0/annotations/c~0d"],
    ]);
  });

  test("platform needs string architecture and os", () => {
    const index = (platform: unknown) => ({ schemaVersion: 2, manifests: [{ ...descriptor, platform }] });
    expect(
      pairs("oci-index", index({ architecture: "arm", os: "linux", variant: "v7", "os.features": ["x"] })),
    ).toEqual([]);
    expect(pairs("oci-index", index(null))).toEqual([["platform.required", "/manifests/0/platform"]]);
    expect(pairs("oci-index", index({ architecture: "arm64", os: 1 }))).toEqual([
      ["platform.required", "/manifests/0/platform/os"],
    ]);
    expect(
      pairs("oci-index", index({ architecture: "arm64", os: "linux", variant: 8, "os.features": "sse4" })),
    ).toEqual([
      ["platform.field-types", "/manifests/0/platform/os.features"],
      ["platform.field-types", "/manifests/0/platform/variant"],
    ]);
  });
});

describe("documents", () => {
  test("schemaVersion must be 2 and the top-level mediaType exact", () => {
    expect(pairs("oci-manifest", manifest({ schemaVersion: "2" }))).toEqual([
      ["top.schemaversion", "/schemaVersion"],
    ]);
    expect(pairs("oci-manifest", manifest({ mediaType: "application/vnd.oci.image.index.v1+json" }))).toEqual(
      [["om.mediatype", "/mediaType"]],
    );
    expect(pairs("oci-index", { schemaVersion: 2, mediaType: "application/json", manifests: [] })).toEqual([
      ["oi.mediatype", "/mediaType"],
    ]);
  });

  test("an index needs a manifests array of descriptor objects; it may be empty", () => {
    expect(pairs("oci-index", { schemaVersion: 2, manifests: [] })).toEqual([]);
    expect(pairs("oci-index", { schemaVersion: 2 })).toEqual([["oi.manifests-required", ""]]);
    expect(pairs("oci-index", { schemaVersion: 2, manifests: [1] })).toEqual([
      ["oi.entry-descriptor", "/manifests/0"],
    ]);
  });

  test("Docker manifests and lists require their own mediaType; an empty Docker layer list is accepted", () => {
    const dockerManifest = {
      schemaVersion: 2,
      mediaType: "application/vnd.docker.distribution.manifest.v2+json",
      config: { ...descriptor, mediaType: "application/vnd.docker.container.image.v1+json" },
      layers: [],
    };
    expect(pairs("docker-manifest", dockerManifest)).toEqual([]);
    expect(pairs("docker-manifest", { ...dockerManifest, config: "x", layers: null })).toEqual([
      ["dm.config", "/config"],
      ["dm.layers", "/layers"],
    ]);
    expect(pairs("docker-manifest-list", { schemaVersion: 2, manifests: [{ size: 1 }] })).toEqual([
      ["dl.mediatype", ""],
      ["desc.mediatype-required", "/manifests/0"],
      ["desc.digest-required", "/manifests/0"],
    ]);
  });

  test("the oci-layout file needs imageLayoutVersion 1.0.0", () => {
    expect(pairs("oci-layout-header", { imageLayoutVersion: "1.0.0", extra: true })).toEqual([]);
    expect(pairs("oci-layout-header", {})).toEqual([["ol.oci-layout", ""]]);
    expect(pairs("oci-layout-header", { imageLayoutVersion: "1.1.0" })).toEqual([
      ["ol.version", "/imageLayoutVersion"],
    ]);
  });

  test("a top-level value that is not an object is not a document", () => {
    for (const kind of SCHEMA_KINDS) {
      expect(pairs(kind, [])).toEqual([["json.wellformed", ""]]);
    }
  });

  test("kinds without a schema give no findings", () => {
    for (const kind of ["docker-schema1", "oci-layout", "unknown"] as const) {
      expect(checkSchema(kind, 42)).toEqual([]);
    }
  });
});

describe("image configs", () => {
  test("optional fields may be null, as config.md allows (hazard H11)", () => {
    const nulls = config({
      created: null,
      author: null,
      variant: null,
      "os.version": null,
      "os.features": null,
      history: null,
      config: null,
    });
    expect(pairs("oci-config", nulls)).toEqual([]);
    const inner = {
      User: null,
      Env: null,
      Cmd: null,
      Entrypoint: null,
      Labels: null,
      Volumes: null,
      ExposedPorts: null,
    };
    expect(pairs("oci-config", config({ config: inner }))).toEqual([]);
  });

  test("created is an RFC 3339 date-time", () => {
    for (const created of [
      "2015-10-31T22:22:56.015925234Z",
      "2024-02-29t00:00:00+05:30",
      "1999-12-31T23:59:60Z",
    ]) {
      expect(pairs("oci-config", config({ created }))).toEqual([]);
    }
    for (const created of [
      "2015-10-31 22:22:56Z",
      "2015-10-31T22:22:56",
      "2015-02-30T00:00:00Z",
      "2015-13-01T00:00:00Z",
      "2015-02-29T00:00:00Z",
      "1900-02-29T00:00:00Z",
    ]) {
      expect(pairs("oci-config", config({ created }))).toEqual([["oc.created", "/created"]]);
    }
    expect(pairs("oci-config", config({ history: [{ created: "yesterday" }] }))).toEqual([
      ["oc.created", "/history/0/created"],
    ]);
  });

  test("created: the schema and the oc.created module agree on every date, 29 February in leap years only", () => {
    for (const created of ["2000-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "0000-02-29T00:00:00Z"]) {
      expect(pairs("oci-config", config({ created }))).toEqual([]);
    }
    const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    const dateTime = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.oneof(fc.constant("02"), twoDigits(13)),
        fc.oneof(fc.constantFrom("28", "29", "30", "31"), twoDigits(32)),
        twoDigits(24),
        twoDigits(61),
      )
      .map(
        ([year, month, day, hour, second]) =>
          `${String(year).padStart(4, "0")}-${month}-${day}T${hour}:00:${second}Z`,
      );
    fc.assert(
      fc.property(dateTime, (created) => {
        const bySchema = pairs("oci-config", config({ created })).length === 0;
        expect(bySchema, created).toBe(isRfc3339DateTime(created));
      }),
      { numRuns: 2000 },
    );
  });

  test("rootfs is required with type layers and digest diff_ids", () => {
    expect(pairs("oci-config", { architecture: "amd64", os: "linux" })).toEqual([["oc.rootfs", ""]]);
    expect(pairs("oci-config", config({ rootfs: { type: "tar", diff_ids: ["sha256:x"] } }))).toEqual([
      ["oc.rootfs-type", "/rootfs/type"],
      ["digest.sha256", "/rootfs/diff_ids/0"],
    ]);
    expect(pairs("oci-config", config({ rootfs: { type: "layers", diff_ids: [1] } }))).toEqual([
      ["oc.diff-ids", "/rootfs/diff_ids/0"],
    ]);
  });

  test("Labels values are strings; Env entries are NAME=value on one line, as the reference validator's Go regexp", () => {
    expect(pairs("oci-config", config({ config: { Labels: { a: 1 } } }))).toEqual([
      ["annot.string-map", "/config/Labels/a"],
    ]);
    expect(pairs("docker-config", config({ config: { Labels: { a: 1 } } }))).toEqual([
      ["oc.field-types", "/config/Labels/a"],
    ]);
    expect(
      pairs("oci-config", config({ config: { Env: ["A=", "B=x=y", "C=tab\tcr\r", "=x", "D=line\nbreak"] } })),
    ).toEqual([
      ["oc.env-format", "/config/Env/3"],
      ["oc.env-format", "/config/Env/4"],
    ]);
  });

  test("Docker configs report rootfs.type, created and Env shape as dc.structure", () => {
    const docker = config({
      created: "2016-06-10",
      rootfs: { type: "tar", diff_ids: [] },
      config: { Env: ["X"] },
    });
    expect(pairs("docker-config", docker)).toEqual([
      ["dc.structure", "/created"],
      ["dc.structure", "/config/Env/0"],
      ["dc.structure", "/rootfs/type"],
    ]);
    expect(pairs("oci-config", docker)).toEqual([
      ["oc.created", "/created"],
      ["oc.env-format", "/config/Env/0"],
      ["oc.rootfs-type", "/rootfs/type"],
    ]);
  });
});

describe("compiled validators", () => {
  test("schemaValidators are the bare ajv functions behind checkSchema", () => {
    for (const kind of SCHEMA_KINDS) expect(typeof schemaValidators[kind]).toBe("function");
    const validate = schemaValidators["oci-descriptor"];
    expect(validate({ ...descriptor, size: -1 })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(["/size"]);
    expect(validate(descriptor)).toBe(true);
  });

  test("every finding names a rule of the catalogue", async () => {
    const { default: catalogue } = await import("./fixtures/rules.json");
    const keys = new Set(catalogue.map((rule) => rule.key));
    expect(Object.values(SCHEMA_RULES).filter((entry) => !keys.has(entry.rule))).toEqual([]);
  });
});

describe("patterns on long near-miss inputs (each must stay linear; a backtracking blow-up would hang here)", () => {
  const long = "a".repeat(100_000);
  test("digest, media type, base64, URI, date-time and Env", () => {
    expect(pairs("oci-descriptor", { ...descriptor, digest: `${long}!` })).toEqual([
      ["digest.grammar", "/digest"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, digest: `sha256:${long}!` })).toEqual([
      ["digest.grammar", "/digest"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, mediaType: `${long}/x` })).toEqual([
      ["mediatype.syntax", "/mediaType"],
    ]);
    expect(pairs("oci-descriptor", { ...descriptor, data: `${"AAAA".repeat(25_000)}A=` })).toEqual([
      ["desc.data-base64", "/data"],
    ]);
    const uris = [
      `http://${long} `,
      `http://x/${"a/".repeat(50_000)} `,
      `x:${"%41".repeat(30_000)}%4`,
      `http://${long}@@`,
    ];
    expect(pairs("oci-descriptor", { ...descriptor, urls: uris })).toEqual(
      uris.map((_, i) => ["desc.urls-uri", `/urls/${i}`]),
    );
    expect(pairs("oci-config", config({ created: `2015-10-31T22:22:56.${"1".repeat(100_000)}` }))).toEqual([
      ["oc.created", "/created"],
    ]);
    expect(pairs("oci-config", config({ config: { Env: [long] } }))).toEqual([
      ["oc.env-format", "/config/Env/0"],
    ]);
  });
});
