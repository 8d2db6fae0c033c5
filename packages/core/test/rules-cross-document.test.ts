import { describe, expect, it } from "vitest";
import {
  digestBytesSync,
  MEDIA_TYPES,
  validateDocuments,
  type NamedReport,
  type ValidationDiagnostic,
} from "../src/index.js";
import { readDocument } from "../src/documents/document.js";
import { applyEdits } from "../src/rules/edits.js";
import { contentMismatches } from "../src/rules/cross-document/content-match.js";
import type { JsonObject } from "../src/json/node.js";
import { crossDocumentRules } from "../src/rules/cross-document/index.js";
import { dockerConfigRules } from "../src/rules/docker-config/index.js";
import { dockerListRules } from "../src/rules/docker-list/index.js";
import { dockerManifestRules } from "../src/rules/docker-manifest/index.js";
import { ociConfigRules } from "../src/rules/oci-config/index.js";
import { schema1Rules } from "../src/rules/schema1/index.js";
import { RULES } from "../src/rules/registry.js";
import catalogue from "./fixtures/rules.json";
import { corpus } from "./support/corpus.js";
import { braceAfter, rangeOf, valueAfter } from "./support/locate.js";

const encoder = new TextEncoder();
const DIFF_A = `sha256:${"a".repeat(64)}`;
const DIFF_B = `sha256:${"b".repeat(64)}`;
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** A descriptor of `text` as it really is: byte length and sha256 over the exact bytes. */
function describe_(text: string, mediaType: string, extra: Record<string, unknown> = {}) {
  return {
    mediaType,
    size: encoder.encode(text).length,
    digest: digestBytesSync(encoder.encode(text)),
    ...extra,
  };
}

type Image = { config: string; manifest: string };

/** A real image: a config and the manifest that references it by its true size and digest. */
function image(
  config: Record<string, unknown> = {},
  layers = 2,
  manifestExtra: Record<string, unknown> = {},
): Image {
  const configText = pretty({
    architecture: "arm64",
    os: "linux",
    variant: "v8",
    rootfs: { type: "layers", diff_ids: [DIFF_A, DIFF_B] },
    ...config,
  });
  const layerDescriptors = Array.from({ length: layers }, (_, position) => ({
    mediaType: MEDIA_TYPES.ociLayerTarGzip,
    size: 10 + position,
    digest: position % 2 ? DIFF_B : DIFF_A,
  }));
  const manifestText = pretty({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: describe_(configText, MEDIA_TYPES.ociConfig),
    layers: layerDescriptors,
    ...manifestExtra,
  });
  return { config: configText, manifest: manifestText };
}

/** An index with one entry for `target` (given as its exact text), with `entry` merged over the true descriptor. */
function index(
  target: string,
  entry: Record<string, unknown> = {},
  mediaType: string = MEDIA_TYPES.ociManifest,
): string {
  return pretty({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [describe_(target, mediaType, { platform: { architecture: "arm64", os: "linux" }, ...entry })],
  });
}

function validate(documents: Record<string, string>): Record<string, NamedReport> {
  const reports = validateDocuments(Object.entries(documents).map(([name, text]) => ({ name, bytes: text })));
  return Object.fromEntries(reports.map((report) => [report.name, report]));
}

function findings(report: NamedReport | undefined, rule: string): ValidationDiagnostic[] {
  return report!.diagnostics.filter((diagnostic) => diagnostic.rule === rule);
}

describe("xref.content-digest (R75)", () => {
  it("accepts descriptors whose size and digest are those of the documents given", () => {
    const { config, manifest } = image();
    const reports = validate({ index: index(manifest), manifest, config });
    expect(findings(reports.index, "xref.content-digest")).toEqual([]);
    expect(findings(reports.manifest, "xref.content-digest")).toEqual([]);
  });

  it("reports a wrong size against the referenced bytes, and the fix writes their length", () => {
    const { config, manifest } = image();
    const trueSize = encoder.encode(manifest).length;
    const text = index(manifest, { size: trueSize + 1 });
    const [finding, ...rest] = findings(
      validate({ index: text, manifest, config }).index,
      "xref.content-digest",
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: "error",
      pointer: "/manifests/0/size",
      range: valueAfter(text, '"size": ', String(trueSize + 1)),
    });
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(fixed).toBe(index(manifest));
    expect(findings(validate({ index: fixed, manifest, config }).index, "xref.content-digest")).toEqual([]);
  });

  it("finds the referenced document by a sha512 digest too", () => {
    const { config, manifest } = image();
    const sha512 = digestBytesSync(encoder.encode(manifest), "sha512");
    const text = index(manifest, { digest: sha512, size: 1 });
    const [finding] = findings(validate({ index: text, manifest, config }).index, "xref.content-digest");
    expect(finding).toMatchObject({ pointer: "/manifests/0/size", range: valueAfter(text, '"size": ', "1") });
  });

  it("checks a manifest's config descriptor against the config given with it", () => {
    const { config } = image();
    const manifest = pretty({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: describe_(config, MEDIA_TYPES.ociConfig, { size: 3 }),
      layers: [],
    });
    const [finding] = findings(validate({ manifest, config }).manifest, "xref.content-digest");
    expect(finding).toMatchObject({ pointer: "/config/size", range: valueAfter(manifest, '"size": ', "3") });
  });

  it("H5: the shared comparison sees that CRLF, a BOM or re-indenting are other bytes", () => {
    const { manifest } = image();
    const descriptor = readDocument(index(manifest)).nodeAt("/manifests/0") as JsonObject;
    expect(contentMismatches(descriptor, encoder.encode(manifest))).toEqual([]);
    for (const variant of [
      manifest.replace(/\n/g, "\r\n"),
      `\uFEFF${manifest}`,
      JSON.stringify(JSON.parse(manifest)),
    ]) {
      const bytes = encoder.encode(variant);
      const mismatches = contentMismatches(descriptor, bytes);
      expect(mismatches.map((mismatch) => [mismatch.field, mismatch.actual])).toEqual([
        ["size", bytes.length],
        ["digest", digestBytesSync(bytes)],
      ]);
    }
  });

  it("the shared comparison checks sha512 digests and skips malformed or unregistered ones", () => {
    const bytes = encoder.encode("a");
    const descriptorFor = (digest: string, size = 1) =>
      readDocument(pretty({ mediaType: "application/octet-stream", digest, size }), {
        expect: "oci-descriptor",
      }).root as JsonObject;
    expect(contentMismatches(descriptorFor(digestBytesSync(bytes, "sha512")), bytes)).toEqual([]);
    expect(contentMismatches(descriptorFor(`sha512:${"0".repeat(128)}`), bytes).map((m) => m.field)).toEqual([
      "digest",
    ]);
    expect(contentMismatches(descriptorFor("sha256:ABC"), bytes)).toEqual([]);
    expect(contentMismatches(descriptorFor("sha384:abc"), bytes)).toEqual([]);
  });

  it("agrees with desc.data-matches on the corpus data-mismatch index: 'a' has size 1 but not digest sha256:aaaa…", () => {
    const entry = corpus.find(
      (c) => c.name === "oci-index-containers-image-everything-data-mismatch.invalid.json",
    )!;
    const descriptor = readDocument(entry.bytes, { expect: "oci-index" }).nodeAt(
      "/manifests/0",
    ) as JsonObject;
    expect(contentMismatches(descriptor, encoder.encode("a")).map((m) => [m.field, m.actual])).toEqual([
      ["digest", digestBytesSync(encoder.encode("a"))],
    ]);
    const [report] = validateDocuments([{ name: entry.name, bytes: entry.bytes, expect: "oci-index" }]);
    expect(report!.valid).toBe(false);
    expect(report!.diagnostics.filter((d) => d.severity === "error").map((d) => d.rule)).toContain(
      "desc.data-matches",
    );
  });
});

describe("xref.mediatype-match (R72) — H8: CVE-2021-41190", () => {
  it("accepts an entry whose mediaType is the child's own", () => {
    const { config, manifest } = image();
    expect(
      findings(validate({ index: index(manifest), manifest, config }).index, "xref.mediatype-match"),
    ).toEqual([]);
  });

  it("reports an entry that disagrees with the child's own mediaType; the fix copies the child's", () => {
    const { config, manifest } = image();
    const text = index(manifest, {}, MEDIA_TYPES.ociIndex);
    const [finding] = findings(validate({ index: text, manifest, config }).index, "xref.mediatype-match");
    expect(finding).toMatchObject({
      severity: "error",
      pointer: "/manifests/0/mediaType",
      range: valueAfter(text, '"mediaType": ', `"${MEDIA_TYPES.ociIndex}"`, text.indexOf('"manifests"')),
    });
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(fixed).toBe(index(manifest));
  });

  it("H2: reports a manifest without its own mediaType that carries a case variant of `manifests`", () => {
    const child = pretty({
      schemaVersion: 2,
      config: describe_("{}", MEDIA_TYPES.ociConfig),
      layers: [],
      Manifests: [],
    });
    const text = index(child);
    const [finding] = findings(validate({ index: text, child }).index, "xref.mediatype-match");
    expect(finding).toMatchObject({ pointer: "/manifests/0/mediaType" });
    expect(finding!.message).toContain('"Manifests"');
    expect(finding!.fix).toBeUndefined();
  });

  it("H3: sees an escaped `\\u006danifests` as manifests, and shows how it was written", () => {
    const child = pretty({
      schemaVersion: 2,
      config: describe_("{}", MEDIA_TYPES.ociConfig),
      layers: [],
      manifests: [],
    }).replace('"manifests"', '"\\u006danifests"');
    const [finding] = findings(validate({ index: index(child), child }).index, "xref.mediatype-match");
    expect(finding!.message).toContain('"manifests" (written "\\u006danifests")');
  });

  it("reports a document referenced as an index that has layers", () => {
    const child = pretty({ schemaVersion: 2, manifests: [], layers: [] });
    const text = index(child, {}, MEDIA_TYPES.ociIndex);
    const [finding] = findings(validate({ index: text, child }).index, "xref.mediatype-match");
    expect(finding!.message).toContain("read as a manifest");
  });

  it("checks a manifest's subject against the manifest it names", () => {
    const { config, manifest } = image();
    const referrer = pretty({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociEmpty, size: 2, digest: digestBytesSync(encoder.encode("{}")) },
      layers: [],
      subject: describe_(manifest, MEDIA_TYPES.dockerManifest),
    });
    const [finding] = findings(validate({ referrer, manifest, config }).referrer, "xref.mediatype-match");
    expect(finding).toMatchObject({ pointer: "/subject/mediaType" });
  });
});

describe("xref.platform-match (R73) — H9: config platform vs index platform", () => {
  it("accepts platforms that agree after containerd normalisation (arm64 = arm64/v8, H10)", () => {
    const { config, manifest } = image();
    expect(
      findings(validate({ index: index(manifest), manifest, config }).index, "xref.platform-match"),
    ).toEqual([]);
    const aarch64 = index(manifest, { platform: { architecture: "aarch64", os: "linux" } });
    expect(findings(validate({ index: aarch64, manifest, config }).index, "xref.platform-match")).toEqual([]);
  });

  it("warns on a different architecture, on the entry's value; the fix writes the config's", () => {
    const { config, manifest } = image();
    const text = index(manifest, { platform: { architecture: "amd64", os: "linux" } });
    const [finding, ...rest] = findings(
      validate({ index: text, manifest, config }).index,
      "xref.platform-match",
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: "warning",
      pointer: "/manifests/0/platform/architecture",
      range: rangeOf(text, '"amd64"'),
    });
    expect(finding!.message).toContain(digestBytesSync(encoder.encode(config)));
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(JSON.parse(fixed).manifests[0].platform.architecture).toBe("arm64");
  });

  it("warns on a variant only the config has (arm/v6 is not the default v7), on the platform's brace", () => {
    const { config, manifest } = image({ architecture: "arm", variant: "v6" });
    const text = index(manifest, { platform: { architecture: "arm", os: "linux" } });
    const [finding] = findings(validate({ index: text, manifest, config }).index, "xref.platform-match");
    expect(finding).toMatchObject({
      pointer: "/manifests/0/platform",
      range: braceAfter(text, '"platform": {'),
    });
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(JSON.parse(fixed).manifests[0].platform).toEqual({
      architecture: "arm",
      os: "linux",
      variant: "v6",
    });
    expect(findings(validate({ index: fixed, manifest, config }).index, "xref.platform-match")).toEqual([]);
  });

  it("compares os.version exactly", () => {
    const { config, manifest } = image({
      os: "windows",
      architecture: "amd64",
      variant: undefined,
      "os.version": "10.0.20348.2227",
    });
    const text = index(manifest, {
      platform: { architecture: "amd64", os: "windows", "os.version": "10.0.17763.5329" },
    });
    const [finding] = findings(validate({ index: text, manifest, config }).index, "xref.platform-match");
    expect(finding).toMatchObject({
      pointer: "/manifests/0/platform/os.version",
      range: rangeOf(text, '"10.0.17763.5329"'),
    });
  });
});

describe("xref.layer-count (R74)", () => {
  it("accepts a manifest whose layers match the config's diff_ids", () => {
    const { config, manifest } = image();
    expect(findings(validate({ manifest, config }).manifest, "xref.layer-count")).toEqual([]);
  });

  it("warns on the manifest's layers when the config lists another number of diff_ids", () => {
    const { config, manifest } = image({}, 3);
    const [finding] = findings(validate({ manifest, config }).manifest, "xref.layer-count");
    const start = rangeOf(manifest, "[", manifest.indexOf('"layers"')).start;
    expect(finding).toMatchObject({ severity: "warning", pointer: "/layers" });
    expect(finding!.range.start).toEqual(start);
    expect(finding!.message).toBe(
      "The manifest lists 3 layers, but its config's rootfs.diff_ids lists 2 layers.",
    );
  });

  it("ignores artifact configs (config type other than an image config)", () => {
    const { config } = image();
    const manifest = pretty({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: describe_(config, "application/vnd.example.config+json"),
      layers: [],
    });
    expect(findings(validate({ manifest, config }).manifest, "xref.layer-count")).toEqual([]);
  });

  it("warns on a config whose history creates another number of layers than diff_ids (the upstream example)", () => {
    const entry = corpus.find((c) => c.name === "oci-config-upstream-valid-optional-fields.valid.json")!;
    const [report] = validateDocuments([{ name: entry.name, bytes: entry.bytes, expect: "oci-config" }]);
    const found = findings(report, "xref.layer-count");
    expect(found).toMatchObject([{ severity: "warning", pointer: "/history" }]);
    expect(found[0]!.range.start).toEqual(rangeOf(entry.text, "[", entry.text.indexOf('"history"')).start);
    expect(report!.valid).toBe(true);
  });

  it("accepts history that agrees once empty_layer entries are left out", () => {
    const { config } = image({
      history: [{ created_by: "a" }, { created_by: "b", empty_layer: true }, { created_by: "c" }],
    });
    expect(findings(validate({ config }).config, "xref.layer-count")).toEqual([]);
  });
});

describe("config, Docker, schema 1 and cross-document rules against the catalogue", () => {
  const groups = [
    ociConfigRules,
    dockerManifestRules,
    dockerListRules,
    dockerConfigRules,
    schema1Rules,
    crossDocumentRules,
  ];
  const rules = groups.flat();

  it("cover R72–R86 and R93–R106 with the catalogue's keys, severities and formats, and are registered", () => {
    const expected = catalogue
      .filter((entry) => /^R(7[2-9]|8[0-6]|9[3-9]|10[0-6])$/.test(entry.id))
      .map((entry) => ({
        id: entry.id,
        key: entry.key,
        severity: entry.sev,
        formats: entry.formats.split(" "),
      }));
    const actual = rules.map((rule) => ({
      id: rule.id,
      key: rule.key,
      severity: rule.severity,
      formats: [...rule.formats],
    }));
    expect(actual.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      expected.sort((a, b) => a.key.localeCompare(b.key)),
    );
    for (const rule of rules) expect(RULES).toContain(rule);
  });

  it("each have a summary, docs in our words and a source", () => {
    for (const rule of rules) {
      expect(rule.summary.length, rule.key).toBeGreaterThan(10);
      expect(rule.docs.length, rule.key).toBeGreaterThan(rule.summary.length);
      expect(rule.source.length, rule.key).toBeGreaterThan(10);
      expect(rule.kinds.length, rule.key).toBeGreaterThan(0);
    }
  });
});
