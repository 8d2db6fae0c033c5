import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/rules/edits.js";
import { diagnosticsOf, rangeOf, where } from "./validate-support.js";

const encode = (text: string) => new TextEncoder().encode(text);
const CONFIG = '{"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}}';
const whole = (text: string) => rangeOf(text, text);

describe("json.wellformed (R1)", () => {
  it("is silent on a well-formed object", () => {
    expect(diagnosticsOf(CONFIG, "json.wellformed")).toEqual([]);
  });
  it("points at the first character that breaks JSON", () => {
    const text = '{"os": "linux",\n  "architecture": amd64}';
    expect(where(diagnosticsOf(text, "json.wellformed"))).toEqual([
      { pointer: "", range: { start: rangeOf(text, "amd64").start, end: { line: 2, column: 20 } } },
    ]);
  });
  it("rejects a top-level array over its whole range", () => {
    expect(where(diagnosticsOf("[]", "json.wellformed"))).toEqual([{ pointer: "", range: whole("[]") }]);
  });
});

describe("json.utf8 (R2)", () => {
  it("is silent on valid UTF-8 with non-ASCII text and surrogate pairs", () => {
    expect(diagnosticsOf('{"a": "é😀", "b": "\\ud83d\\ude00"}', "json.utf8")).toEqual([]);
  });
  it("reports an invalid byte at its position", () => {
    const bytes = new Uint8Array([...encode('{"a": "'), 0xc0, 0x80, ...encode('"}')]);
    const [diagnostic] = diagnosticsOf(bytes, "json.utf8");
    expect(diagnostic).toMatchObject({
      severity: "error",
      pointer: "",
      range: { start: { line: 1, column: 8 }, end: { line: 1, column: 9 } },
    });
    expect(diagnostic!.message).toContain("byte offset 7");
  });
  it("reports a raw lone surrogate in a string input at its position", () => {
    const text = '{"a": "x\ud800"}';
    expect(where(diagnosticsOf(text, "json.utf8"))).toEqual([
      { pointer: "", range: rangeOf(text, "\ud800") },
    ]);
  });
});

describe("json.bom (R3)", () => {
  it("is silent without a BOM", () => {
    expect(diagnosticsOf(CONFIG, "json.bom")).toEqual([]);
  });
  it("reports the BOM, offers to remove it, and still checks the rest", () => {
    const text = `\ufeff${CONFIG}`;
    const diagnostics = diagnosticsOf(text, "json.bom");
    expect(where(diagnostics)).toEqual([{ pointer: "", range: rangeOf(text, "\ufeff") }]);
    expect(applyEdits(text, diagnostics[0]!.fix!.edits)).toBe(CONFIG);
    expect(diagnosticsOf(`\ufeff{"a": 1, "a": 2}`, "json.duplicate-keys")).toHaveLength(1);
  });
});

describe("json.duplicate-keys (R4)", () => {
  it("is silent when names are unique (case variants are different names)", () => {
    expect(diagnosticsOf('{"a": 1, "A": 2, "b": {"a": 1}}', "json.duplicate-keys")).toEqual([]);
  });
  it("reports each repetition at its name, nested and escaped ones included", () => {
    const text = '{"a": 1, "x": {"k": 1, "k": 2}, "\\u0061": 3}';
    expect(where(diagnosticsOf(text, "json.duplicate-keys"))).toEqual([
      { pointer: "/x/k", range: rangeOf(text, '"k"', 1) },
      { pointer: "/a", range: rangeOf(text, '"\\u0061"') },
    ]);
  });
  it("tells names Object.prototype has from repeated ones", () => {
    const text = '{"constructor": 1, "toString": 2, "__proto__": 3, "b": {"__proto__": 1, "__proto__": 2}}';
    expect(where(diagnosticsOf(text, "json.duplicate-keys"))).toEqual([
      { pointer: "/b/__proto__", range: rangeOf(text, '"__proto__"', 2) },
    ]);
  });
  it("finds repetitions the same way in a document only the lenient reader reads", () => {
    // The raw tab in a string sends the text past the fast reader.
    const text = '{"a": "\t", "x": {"k": 1, "k": 2}}';
    expect(diagnosticsOf(text, "json.wellformed")).not.toEqual([]);
    expect(where(diagnosticsOf(text, "json.duplicate-keys"))).toEqual([
      { pointer: "/x/k", range: rangeOf(text, '"k"', 1) },
    ]);
  });
});

describe("json.number-precision (R5)", () => {
  it("is silent up to 2^53-1", () => {
    expect(
      diagnosticsOf('{"a": 9007199254740991, "b": -9007199254740991, "c": 1.5}', "json.number-precision"),
    ).toEqual([]);
  });
  it("warns at integers a double rounds, and at overflow", () => {
    const text = '{"a": 9007199254740993, "b": 1e400, "c": [-9007199254740993, -1e400]}';
    const diagnostics = diagnosticsOf(text, "json.number-precision");
    expect(where(diagnostics)).toEqual([
      { pointer: "/a", range: rangeOf(text, "9007199254740993") },
      { pointer: "/b", range: rangeOf(text, "1e400") },
      { pointer: "/c/0", range: rangeOf(text, "-9007199254740993") },
      { pointer: "/c/1", range: rangeOf(text, "-1e400") },
    ]);
    expect(diagnostics[0]!.message).toContain("9007199254740992");
    expect(diagnostics[0]!.severity).toBe("warning");
  });
});

describe("json.unknown-fields (R6)", () => {
  it("is silent when every member is defined", () => {
    expect(diagnosticsOf(CONFIG, "json.unknown-fields")).toEqual([]);
  });
  it("lists unknown members as information, never as errors", () => {
    const text = '{"architecture": "amd64", "os": "linux", "rootfs": {}, "extra": 1}';
    const diagnostics = diagnosticsOf(text, "json.unknown-fields", { expect: "oci-config" });
    expect(where(diagnostics)).toEqual([{ pointer: "/extra", range: rangeOf(text, '"extra"') }]);
    expect(diagnostics[0]!.severity).toBe("info");
  });
});

describe("json.case-variant-keys (R7)", () => {
  it("is silent on exact field names", () => {
    expect(diagnosticsOf(CONFIG, "json.case-variant-keys")).toEqual([]);
  });
  it("warns at names Go binds to a field case-insensitively, in descriptors too", () => {
    const text =
      '{"schemaVersion": 2, "MediaType": "x", "config": {"mediatype": "a/b", "digest": "d", "size": 1}, "layers": []}';
    expect(where(diagnosticsOf(text, "json.case-variant-keys", { expect: "oci-manifest" }))).toEqual([
      { pointer: "/MediaType", range: rangeOf(text, '"MediaType"') },
      { pointer: "/config/mediatype", range: rangeOf(text, '"mediatype"') },
    ]);
  });
});

describe("limits", () => {
  it("limit.depth: reports excessive nesting as a diagnostic, configurable", () => {
    const text = `{"a": ${"[".repeat(5)}${"]".repeat(5)}}`;
    expect(diagnosticsOf(text, "limit.depth")).toEqual([]);
    expect(where(diagnosticsOf(text, "limit.depth", { limits: { maxDepth: 4 } }))).toEqual([
      { pointer: "", range: rangeOf(text, "[", 3) },
    ]);
  });
  it("limit.members: reports a value with too many entries", () => {
    const text = '{"a": {"x": 1, "y": 2, "z": 3}}';
    expect(diagnosticsOf(text, "limit.members", { limits: { maxMembers: 3 } })).toEqual([]);
    expect(where(diagnosticsOf(text, "limit.members", { limits: { maxMembers: 2 } }))).toEqual([
      { pointer: "", range: rangeOf(text, "{", 1) },
    ]);
  });
  it("limit.document-size: manifests above the registry limit, and inputs above the reader limit", () => {
    const manifest = `{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "x": "${"x".repeat(200)}"}`;
    expect(diagnosticsOf(manifest, "limit.document-size")).toEqual([]);
    expect(
      where(diagnosticsOf(manifest, "limit.document-size", { limits: { maxManifestBytes: 100 } })),
    ).toEqual([{ pointer: "", range: rangeOf(manifest, manifest) }]);
    const tooBig = diagnosticsOf(manifest, "limit.document-size", { limits: { maxBytes: 100 } });
    expect(tooBig).toHaveLength(1);
    expect(tooBig[0]!.message).toContain("not parsed");
  });
});
