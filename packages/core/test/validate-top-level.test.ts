import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/rules/edits.js";
import { diagnosticsOf, rangeOf, where } from "./validate-support.js";

const INDEX_TYPE = "application/vnd.oci.image.index.v1+json";

describe("top.schemaversion (R46)", () => {
  it("is silent on the integer 2", () => {
    expect(
      diagnosticsOf(
        `{"schemaVersion": 2, "mediaType": "${INDEX_TYPE}", "manifests": []}`,
        "top.schemaversion",
      ),
    ).toEqual([]);
  });
  it.each([
    ['"2"', "2"],
    ["2.0", "2"],
    ["3", undefined],
    ["99999", undefined],
  ])("rejects %s at the value (fix: %s)", (written, fixed) => {
    const text = `{"schemaVersion": ${written}, "mediaType": "${INDEX_TYPE}", "manifests": []}`;
    const diagnostics = diagnosticsOf(text, "top.schemaversion");
    expect(where(diagnostics)).toEqual([{ pointer: "/schemaVersion", range: rangeOf(text, written) }]);
    if (fixed) expect(applyEdits(text, diagnostics[0]!.fix!.edits)).toBe(text.replace(written, fixed));
    else expect(diagnostics[0]!.fix).toBeUndefined();
  });
  it("reports a missing schemaVersion on the document", () => {
    const text = `{"mediaType": "${INDEX_TYPE}", "manifests": []}`;
    expect(where(diagnosticsOf(text, "top.schemaversion"))).toEqual([
      { pointer: "", range: rangeOf(text, text) },
    ]);
  });
});

describe("top.mediatype-recommended (R47)", () => {
  it("is silent when the document names itself", () => {
    expect(
      diagnosticsOf(
        `{"schemaVersion": 2, "mediaType": "${INDEX_TYPE}", "manifests": []}`,
        "top.mediatype-recommended",
      ),
    ).toEqual([]);
  });
  it("warns without mediaType; adds it only when the caller said what the document is", () => {
    const text = '{\n  "schemaVersion": 2,\n  "manifests": []\n}';
    const expected = diagnosticsOf(text, "top.mediatype-recommended", { expect: "oci-index" });
    expect(where(expected)).toEqual([{ pointer: "", range: rangeOf(text, text) }]);
    expect(expected[0]!.severity).toBe("warning");
    expect(applyEdits(text, expected[0]!.fix!.edits)).toBe(
      `{\n  "schemaVersion": 2,\n  "manifests": [],\n  "mediaType": "${INDEX_TYPE}"\n}`,
    );
    const guessed = diagnosticsOf(text, "top.mediatype-recommended");
    expect(guessed).toHaveLength(1);
    expect(guessed[0]!.fix).toBeUndefined();
  });
});
