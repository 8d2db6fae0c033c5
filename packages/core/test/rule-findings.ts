/**
 * What the rule tests share: validate a document through the public pipeline and keep one rule's
 * diagnostics, and find the exact range of a piece of text so tests can assert where a finding points.
 */
import { validateDocument, type Expectation, type Range, type ValidationDiagnostic } from "../src/index.js";

export function findings(text: string, rule: string, expect?: Expectation): ValidationDiagnostic[] {
  const { diagnostics }: { diagnostics: ValidationDiagnostic[] } = validateDocument(
    text,
    expect ? { expect } : {},
  );
  return diagnostics.filter((diagnostic) => diagnostic.rule === rule);
}

/** The 1-based position of the first occurrence of `needle` at or after offset `from`. */
export function locate(text: string, needle: string, from = 0): Range["start"] {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`${JSON.stringify(needle)} does not occur in the document`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The range of the first occurrence of `needle` (on one line) at or after offset `from`. */
export function rangeOf(text: string, needle: string, from = 0): Range {
  const start = locate(text, needle, from);
  return { start, end: { line: start.line, column: start.column + needle.length } };
}

/** The one-character range of the opening brace of the object that follows `"name": `. */
export function braceAfter(text: string, name: string, from = 0): Range {
  const member = locate(text, `"${name}": {`, from);
  const column = member.column + `"${name}": `.length;
  return { start: { line: member.line, column }, end: { line: member.line, column: column + 1 } };
}
