/**
 * What every report must satisfy whatever the input: the contract's shape (digest and size of the exact bytes,
 * `valid` exactly when there is no error), registered rule keys, RFC 6901 pointers, and ranges that lie inside
 * the document as an editor sees it (1-based lines; UTF-16 columns up to one past the end of the line).
 * Returns the violations rather than asserting, so the fuzz script can collect them too.
 */
import { digestBytesSync, findRule, type ValidationReport } from "../../src/index.js";
import type { Position, Range } from "../../src/report.js";

const SEVERITIES = new Set(["error", "warning", "info"]);
const POINTER = /^(?:\/(?:[^~]|~[01])*)*$/;
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Length of each line of `text`, split as editors split (CRLF, LF, lone CR). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function within(position: Position, lines: readonly number[]): boolean {
  const length = lines[position.line - 1];
  return (
    Number.isInteger(position.line) &&
    Number.isInteger(position.column) &&
    length !== undefined &&
    position.column >= 1 &&
    position.column <= length + 1
  );
}

function ordered(range: Range): boolean {
  return (
    range.start.line < range.end.line ||
    (range.start.line === range.end.line && range.start.column <= range.end.column)
  );
}

export function rangeProblems(range: Range, lines: readonly number[], what: string): string[] {
  const problems: string[] = [];
  if (!within(range.start, lines) || !within(range.end, lines) || !ordered(range))
    problems.push(`${what}: range ${JSON.stringify(range)} is not inside the document`);
  return problems;
}

/** Violations of the report contract for `report`, the report of `bytes`. */
export function reportProblems(bytes: Uint8Array, report: ValidationReport): string[] {
  const problems: string[] = [];
  if (report.size !== bytes.length) problems.push(`size ${report.size} is not ${bytes.length}`);
  if (report.digest !== digestBytesSync(bytes)) problems.push(`digest ${report.digest} is not of the bytes`);
  const hasError = report.diagnostics.some((diagnostic) => diagnostic.severity === "error");
  if (report.valid === hasError)
    problems.push(`valid is ${report.valid} with${hasError ? "" : "out"} errors`);
  const lines = lineLengths(decoder.decode(bytes));
  for (const diagnostic of report.diagnostics) {
    const what = `${diagnostic.rule} at ${JSON.stringify(diagnostic.pointer)}`;
    if (!findRule(diagnostic.rule)) problems.push(`${what}: unregistered rule key`);
    if (!SEVERITIES.has(diagnostic.severity)) problems.push(`${what}: severity ${diagnostic.severity}`);
    if (typeof diagnostic.message !== "string" || diagnostic.message.trim() === "")
      problems.push(`${what}: empty message`);
    if (!POINTER.test(diagnostic.pointer)) problems.push(`${what}: not an RFC 6901 pointer`);
    problems.push(...rangeProblems(diagnostic.range, lines, what));
    for (const edit of diagnostic.fix?.edits ?? [])
      problems.push(...rangeProblems(edit.range, lines, `${what} fix`));
  }
  return problems;
}
