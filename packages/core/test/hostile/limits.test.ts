/**
 * Pathological documents against the reader and size limits: each gets a diagnostic with its limit's rule key
 * and the position where the limit was crossed, and documents that are not parsed get nothing else. Sizes are
 * the real ones where that is cheap (100,000 levels, 100,001 members) and otherwise just over a lowered limit;
 * bench/pathological runs the full sizes against the defaults and prints time and peak memory.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, validateDocument, type ValidateOptions } from "../../src/index.js";
import { rangeOf } from "../validate-support.js";
import {
  deepNesting,
  largeIndex,
  longString,
  manyMembers,
  manyValues,
  oversizedDocument,
  type Pathological,
} from "./pathological-inputs.js";

function diagnosticsOf({ text }: Pathological, options?: ValidateOptions) {
  return validateDocument(text, options).diagnostics.map(({ rule, severity, pointer, range }) => ({
    rule,
    severity,
    pointer,
    range,
  }));
}

const atStart = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

describe("reader limits", () => {
  it("does not read a document above maxBytes, and says so at its start", () => {
    const document = oversizedDocument(1025);
    expect(document.text).toHaveLength(1025);
    expect(diagnosticsOf(document, { limits: { maxBytes: 1024 } })).toEqual([
      { rule: document.rule, severity: "error", pointer: "", range: atStart },
    ]);
    expect(diagnosticsOf(oversizedDocument(1024), { limits: { maxBytes: 1024 } })).toEqual([]);
  });

  it("reports 100,000 levels of nesting at the first bracket beyond maxDepth, with the default limits", () => {
    const document = deepNesting(100_000);
    // The object is the first level, so the bracket that opens level maxDepth + 1 is the maxDepth-th one.
    const offset = document.text.indexOf("[") + DEFAULT_LIMITS.maxDepth - 1;
    expect(diagnosticsOf(document)).toEqual([
      {
        rule: document.rule,
        severity: "error",
        pointer: "",
        range: { start: { line: 1, column: offset + 1 }, end: { line: 1, column: offset + 2 } },
      },
    ]);
  });

  it("reports an object with 100,001 members at its brace and does not parse it", () => {
    const document = manyMembers(DEFAULT_LIMITS.maxMembers + 1);
    const [diagnostic, ...others] = validateDocument(document.text).diagnostics;
    expect(others).toEqual([]);
    expect(diagnostic).toMatchObject({
      rule: document.rule,
      severity: "error",
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    });
    expect(diagnostic!.message).toContain(`${DEFAULT_LIMITS.maxMembers + 1} members`);
    expect(diagnosticsOf(manyMembers(10), { limits: { maxMembers: 10 } })).toEqual([]);
    expect(diagnosticsOf(manyMembers(11), { limits: { maxMembers: 10 } })).toHaveLength(1);
    // Over both limits (1,000,000 members are also 1,000,001 values): both are reported, at their positions.
    const both = manyMembers(30);
    // The root and 19 members are 20 values: the 20th member's name is the first value too many.
    const excess = rangeOf(both.text, '"m19"').start;
    expect(diagnosticsOf(both, { limits: { maxMembers: 10, maxValues: 20 } })).toEqual([
      { rule: "limit.members", severity: "error", pointer: "", range: rangeOf(both.text, "{") },
      {
        rule: "limit.values",
        severity: "error",
        pointer: "",
        range: { start: excess, end: { ...excess, column: excess.column + 1 } },
      },
    ]);
  });

  it("counts every value of the document against maxValues, reporting the first one too many", () => {
    const document = manyValues(11, 100);
    // The root, the outer array, 11 inner arrays and 1,100 zeros.
    const values = 1 + 1 + 11 + 1100;
    expect(diagnosticsOf(document, { limits: { maxValues: values } })).toEqual([]);
    const lastZero = document.text.lastIndexOf("0");
    expect(diagnosticsOf(document, { limits: { maxValues: values - 1 } })).toEqual([
      {
        rule: document.rule,
        severity: "error",
        pointer: "",
        range: { start: { line: 1, column: lastZero + 1 }, end: { line: 1, column: lastZero + 2 } },
      },
    ]);
  });

  it("warns about a string above maxStringLength over its whole range, and still checks the document", () => {
    const document = longString(2000);
    const report = validateDocument(document.text, { limits: { maxStringLength: 1999 } });
    expect(report.kind).toBe("oci-config");
    expect(report.valid).toBe(true);
    expect(report.diagnostics.filter((diagnostic) => diagnostic.rule === document.rule)).toEqual([
      expect.objectContaining({
        severity: "warning",
        range: rangeOf(document.text, `"${"x".repeat(2000)}"`),
      }),
    ]);
    const name = `{"${"n".repeat(20)}": 1}`;
    expect(diagnosticsOf({ rule: document.rule, text: name }, { limits: { maxStringLength: 19 } })).toEqual([
      { rule: document.rule, severity: "warning", pointer: "", range: rangeOf(name, `"${"n".repeat(20)}"`) },
    ]);
  });

  it("validates a large index in full, and reports it above the manifest size registries accept", () => {
    const document = largeIndex(1000);
    const report = validateDocument(document.text, { limits: { maxManifestBytes: 100_000 } });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.rule === "limit.document-size")).toEqual([
      expect.objectContaining({ severity: "error", pointer: "" }),
    ]);
    const duplicates = report.diagnostics.filter((diagnostic) => diagnostic.rule === document.rule);
    expect(duplicates.map((diagnostic) => diagnostic.pointer)).toEqual(
      Array.from({ length: 992 }, (_, position) => `/manifests/${position + 8}/platform`),
    );
  });
});
