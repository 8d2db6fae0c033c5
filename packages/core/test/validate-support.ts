/**
 * Helpers for rule tests: run the real pipeline and pick one rule's diagnostics; find where a piece of text
 * sits (1-based line and UTF-16 column, computed here independently of the reader) to assert ranges exactly.
 */
import {
  DEFAULT_LIMITS,
  readDocument,
  validateDocument,
  type Expectation,
  type Rule,
  type ValidateOptions,
  type ValidationDiagnostic,
} from "../src/index.js";
import type { Range } from "../src/report.js";
import type { Finding } from "../src/rules/rule.js";

export function diagnosticsOf(
  input: string | Uint8Array,
  rule: string,
  options: ValidateOptions = {},
): ValidationDiagnostic[] {
  return validateDocument(input, options).diagnostics.filter((diagnostic) => diagnostic.rule === rule);
}

/**
 * What one rule module finds on its own, without the schema check whose findings the pipeline merges in: for
 * tests that a module itself judges what the schema judges.
 */
export function moduleFindings(rule: Rule, input: string, expect: Expectation): Finding[] {
  const findings: Finding[] = [];
  rule.check({
    document: readDocument(input, { expect }),
    related: new Map(),
    limits: DEFAULT_LIMITS,
    report: (finding) => findings.push(finding),
  });
  return findings;
}

/** The range of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return { start: positionAt(text, offset), end: positionAt(text, offset + needle.length) };
}

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  return { line: before.split(/\r\n|\r|\n/).length, column: offset - lineStart + 1 };
}

/** Pointer and range of each diagnostic, for exact comparison. */
export function where(diagnostics: ValidationDiagnostic[]): Array<{ pointer: string; range: Range }> {
  return diagnostics.map(({ pointer, range }) => ({ pointer, range }));
}

export const SHA256_A = `sha256:${"a".repeat(64)}`;
