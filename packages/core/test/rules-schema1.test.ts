import { describe, expect, it } from "vitest";
import { MEDIA_TYPES, validateDocument, type ValidationDiagnostic } from "../src/index.js";
import { corpus } from "./support/corpus.js";
import { rangeOf, valueAfter } from "./support/locate.js";

function findings(text: string | Uint8Array, rule: string): ValidationDiagnostic[] {
  return validateDocument(text).diagnostics.filter((diagnostic) => diagnostic.rule === rule);
}

const schema1 = corpus.filter((entry) => entry.format === "docker-schema1");
const signed = schema1.find((entry) => entry.name === "docker-schema1-containers-image-signed.invalid.json")!;
const unsigned = schema1.find(
  (entry) => entry.name === "docker-schema1-containers-image-unsigned.invalid.json",
)!;

describe("s1.detected (R105)", () => {
  it("does not fire on a schema 2 manifest", () => {
    const text = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.dockerManifest,
      config: {},
      layers: [],
    });
    expect(findings(text, "s1.detected")).toEqual([]);
  });

  it("reports schemaVersion 1 on its value, even when the caller expected a schema 2 manifest", () => {
    const text = JSON.stringify({ schemaVersion: 1, name: "x", fsLayers: [] }, null, 2);
    const report = validateDocument(text, { expect: "docker-manifest" });
    expect(report.kind).toBe("docker-schema1");
    expect(report.diagnostics.filter((d) => d.rule === "s1.detected")).toMatchObject([
      { severity: "error", pointer: "/schemaVersion", range: valueAfter(text, '"schemaVersion": ', "1") },
    ]);
  });

  it("reports a schema 1 media type on its value, and fsLayers alone on the member name", () => {
    const typed = JSON.stringify({ mediaType: MEDIA_TYPES.dockerSchema1Signed, fsLayers: [] }, null, 2);
    expect(findings(typed, "s1.detected")).toMatchObject([
      { pointer: "/mediaType", range: rangeOf(typed, `"${MEDIA_TYPES.dockerSchema1Signed}"`) },
    ]);
    const shaped = JSON.stringify({ name: "x", fsLayers: [] }, null, 2);
    expect(findings(shaped, "s1.detected")).toMatchObject([
      { pointer: "/fsLayers", range: rangeOf(shaped, '"fsLayers"') },
    ]);
  });

  for (const entry of schema1) {
    it(`${entry.name}: invalid, s1.detected`, () => {
      const report = validateDocument(entry.bytes, { expect: entry.format });
      expect(report.kind).toBe("docker-schema1");
      expect(report.valid).toBe(false);
      expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.rule)).toEqual([
        "s1.detected",
      ]);
    });
  }
});

describe("s1.signed-digest (R106)", () => {
  it("says nothing for unsigned schema 1", () => {
    expect(findings(unsigned.bytes, "s1.signed-digest")).toEqual([]);
  });

  it("computes the digest over the libtrust payload: the one containers/image's tests pin for this file", () => {
    const [finding] = findings(signed.bytes, "s1.signed-digest");
    expect(finding).toMatchObject({
      severity: "info",
      pointer: "/signatures",
      range: rangeOf(signed.text, '"signatures"'),
    });
    // containers/image internal/manifest testdata: v2s1.manifest.json has this digest (not the sha256 of the file).
    expect(finding!.message).toContain(
      "sha256:7364fea9d84ee548ab67d4c46c6006289800c98de3fbf8c0a97138dfcc23f000",
    );
    expect(finding!.message).toContain(signed.sha256);
  });

  it("explains why the digest cannot be computed when the signatures are malformed", () => {
    const broken = schema1.find((entry) => entry.name.includes("invalid-signatures"))!;
    const [finding] = findings(broken.bytes, "s1.signed-digest");
    expect(finding!.message).toContain("cannot be computed here");
    const noHeader = JSON.stringify({ schemaVersion: 1, fsLayers: [], signatures: [{ signature: "x" }] });
    expect(findings(noHeader, "s1.signed-digest")[0]!.message).toContain("no `protected` header");
  });
});
