/**
 * Positions in a test document, found by searching its text, so tests assert exact ranges without
 * hard-coding line and column numbers. Lines and columns are 1-based, columns in UTF-16 code units.
 */
import type { Position, Range } from "../../src/report.js";

/** Where the first occurrence of `needle` at or after `from` starts. */
export function locate(text: string, needle: string, from = 0): Position {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The range `needle` covers (first occurrence at or after `from`; `needle` must not span lines). */
export function rangeOf(text: string, needle: string, from = 0): Range {
  const start = locate(text, needle, from);
  return { start, end: { line: start.line, column: start.column + needle.length } };
}

/** The one-character range of the `{` that ends `prefix` (e.g. `"platform": {`): where absent members are marked. */
export function braceAfter(text: string, prefix: string, from = 0): Range {
  if (!prefix.endsWith("{")) throw new Error("the prefix must end with {");
  const at = text.indexOf(prefix, from);
  if (at < 0) throw new Error(`${JSON.stringify(prefix)} is not in the text`);
  return rangeOf(text, "{", at + prefix.length - 1);
}

/** The range of `value` written right after `prefix` (e.g. prefix `"created": `, value `5`). */
export function valueAfter(text: string, prefix: string, value: string, from = 0): Range {
  const at = text.indexOf(prefix + value, from);
  if (at < 0) throw new Error(`${JSON.stringify(prefix + value)} is not in the text`);
  return rangeOf(text, value, at + prefix.length);
}
