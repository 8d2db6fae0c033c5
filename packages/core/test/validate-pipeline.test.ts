import { describe, expect, it } from "vitest";
import { digestBytesSync, validateDocument, validateDocuments } from "../src/index.js";
import { rangeOf, SHA256_A } from "./validate-support.js";

const encode = (text: string) => new TextEncoder().encode(text);
const MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";
const CONFIG_TYPE = "application/vnd.oci.image.config.v1+json";
const config = `{"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": ["${SHA256_A}"]}}`;
const configBytes = encode(config);
const manifestFor = (size: number) =>
  JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: MANIFEST_TYPE,
      config: { mediaType: CONFIG_TYPE, digest: digestBytesSync(configBytes), size },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar", digest: SHA256_A, size: 1 }],
    },
    null,
    2,
  );

describe("the report", () => {
  it("describes the exact bytes and the kind, and is valid without errors", () => {
    const text = manifestFor(configBytes.length);
    const report = validateDocument(text);
    expect(report).toMatchObject({
      kind: "oci-manifest",
      kindSource: "mediaType",
      mediaType: MANIFEST_TYPE,
      digest: digestBytesSync(encode(text)),
      size: encode(text).length,
      valid: true,
    });
  });

  it("validates a string as its UTF-8 encoding", () => {
    const text =
      '{"architecture": "amd64", "os": "linux", "author": "Jörg 😀", "rootfs": {"type": "layers", "diff_ids": []}}';
    const fromString = validateDocument(text);
    const fromBytes = validateDocument(encode(text));
    expect(fromString).toEqual(fromBytes);
    expect(fromString.size).toBe(encode(text).length);
  });

  it("is invalid exactly when a diagnostic is an error, and lists diagnostics in document order", () => {
    const text = '{"schemaVersion": 2, "mediaType": "x y", "config": {}, "layers": [], "layers": []}';
    const report = validateDocument(text, { expect: "oci-manifest" });
    expect(report.valid).toBe(false);
    const starts = report.diagnostics.map((d) => [d.range.start.line, d.range.start.column]);
    expect(starts).toEqual([...starts].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    const warningsOnly = validateDocument('{"schemaVersion": 2, "manifests": []}', { expect: "oci-index" });
    expect(warningsOnly.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(warningsOnly.valid).toBe(true);
  });
});

describe("byte exactness (H5)", () => {
  const pretty = `${JSON.stringify(JSON.parse(config), null, 2)}\n`;
  const variants = {
    pretty,
    minified: JSON.stringify(JSON.parse(config)),
    crlf: pretty.replace(/\n/g, "\r\n"),
    bom: `\ufeff${pretty}`,
  };

  it("gives four digests for four spellings of one document, and only the BOM is invalid", () => {
    const reports = Object.fromEntries(
      Object.entries(variants).map(([name, text]) => [name, validateDocument(text)]),
    );
    expect(new Set(Object.values(reports).map((report) => report.digest)).size).toBe(4);
    for (const [name, text] of Object.entries(variants)) {
      expect(reports[name]!.digest).toBe(digestBytesSync(encode(text)));
    }
    expect(Object.fromEntries(Object.entries(reports).map(([name, report]) => [name, report.valid]))).toEqual(
      {
        pretty: true,
        minified: true,
        crlf: true,
        bom: false,
      },
    );
    expect(reports.bom!.diagnostics.map((d) => d.rule)).toEqual(["json.bom"]);
  });

  it("counts lines the same way for LF and CRLF", () => {
    const text = variants.crlf.replace('"linux"', "7");
    const [diagnostic] = validateDocument(text).diagnostics.filter((d) => d.rule === "oc.os");
    expect(diagnostic?.range).toEqual(rangeOf(text, "7"));
  });
});

describe("rule configuration", () => {
  const text = `{"mediaType": "${CONFIG_TYPE}", "digest": "sha256:ABC", "size": -1}`;

  it("turns rules off and overrides severities, by key or catalogue id", () => {
    const rulesOf = (report: ReturnType<typeof validateDocument>) =>
      report.diagnostics.map((d) => `${d.rule}:${d.severity}`);
    expect(rulesOf(validateDocument(text))).toEqual(["digest.sha256:error", "desc.size-nonnegative:error"]);
    const configured = validateDocument(text, { rules: { "digest.sha256": "off", R20: "warning" } });
    expect(rulesOf(configured)).toEqual(["desc.size-nonnegative:warning"]);
    expect(configured.valid).toBe(true);
  });

  it("reads a configuration object again when it changed between calls", () => {
    const rules: Record<string, "off" | "warning"> = { "digest.sha256": "off" };
    const sha256Findings = () =>
      validateDocument(text, { rules }).diagnostics.filter((d) => d.rule === "digest.sha256");
    expect(sha256Findings()).toEqual([]);
    rules["digest.sha256"] = "warning";
    expect(sha256Findings().map((d) => d.severity)).toEqual(["warning"]);
    expect(() => validateDocument(text, { rules: { R20: "fatal" as "error" } })).toThrow(/fatal/);
    expect(sha256Findings().map((d) => d.severity)).toEqual(["warning"]);
  });

  it("rejects unknown rules and settings with an error naming them", () => {
    expect(() => validateDocument(text, { rules: { "desc.no-such-rule": "off" } })).toThrow(
      /desc\.no-such-rule/,
    );
    expect(() => validateDocument(text, { rules: { R20: "fatal" as "error" } })).toThrow(/fatal/);
    expect(() => validateDocument(text, { limits: { maxDepth: -1 } })).toThrow(/maxDepth/);
  });

  it("keeps one diagnostic where the schema and a rule module find the same thing", () => {
    const missing = `{"digest": "${SHA256_A}", "size": 1}`;
    const found = validateDocument(missing, { expect: "oci-descriptor" }).diagnostics.filter(
      (d) => d.rule === "desc.mediatype-required",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('has no "mediaType"');
  });
});

describe("documents given together", () => {
  it("cross-checks a descriptor against the document it names, and nothing else", () => {
    const reports = validateDocuments([
      { name: "manifest.json", bytes: manifestFor(configBytes.length + 5) },
      { name: "config.json", bytes: configBytes },
    ]);
    expect(reports.map((report) => [report.name, report.kind])).toEqual([
      ["manifest.json", "oci-manifest"],
      ["config.json", "oci-config"],
    ]);
    const crossFindings = (index: number) =>
      reports[index]!.diagnostics.filter((d) => d.rule.startsWith("xref."));
    expect(crossFindings(0).map((d) => d.pointer)).toEqual(["/config/size"]);
    expect(crossFindings(1)).toEqual([]);
    const alone = validateDocument(manifestFor(configBytes.length + 5));
    expect(alone.diagnostics.filter((d) => d.rule.startsWith("xref."))).toEqual([]);
  });

  it("takes related documents as an option of validateDocument too", () => {
    const withRelated = validateDocument(manifestFor(configBytes.length + 5), { related: [configBytes] });
    expect(withRelated.diagnostics.some((d) => d.rule.startsWith("xref."))).toBe(true);
    const matching = validateDocument(manifestFor(configBytes.length), {
      related: [{ bytes: config, expect: "oci-config" }],
    });
    expect(matching.diagnostics.filter((d) => d.rule.startsWith("xref."))).toEqual([]);
  });
});

describe("a caller's sha256", () => {
  it("digests the validated and related documents' exact bytes, and cross-checks by those digests", () => {
    const hashed: string[] = [];
    const sha256 = (bytes: Uint8Array) => {
      hashed.push(new TextDecoder().decode(bytes));
      return digestBytesSync(bytes);
    };
    const text = manifestFor(configBytes.length + 5);
    const report = validateDocument(text, { related: [configBytes], sha256 });
    expect(hashed).toEqual([text, config]);
    expect(report.digest).toBe(digestBytesSync(encode(text)));
    expect(report.diagnostics.filter((d) => d.rule.startsWith("xref.")).map((d) => d.pointer)).toEqual([
      "/config/size",
    ]);
  });

  it("gives each of documents given together the digest it returns", () => {
    const sha256 = (bytes: Uint8Array) => `sha256:${bytes.length.toString(16).padStart(64, "0")}`;
    const reports = validateDocuments([{ name: "config.json", bytes: configBytes }], { sha256 });
    expect(reports[0]!.digest).toBe(sha256(configBytes));
  });
});
