/**
 * Text edits for mechanical fixes, computed from the position-aware tree so they touch exactly the bytes that
 * change. New members copy the layout of their neighbours (same line, or a new line with the indentation of
 * the last member), so a fix never reformats the rest of the document (and a fixed document's digest changes
 * only because of the fix).
 */
import type { Range } from "../report.js";
import type { JsonMember, JsonNode, JsonObject } from "../json/node.js";

export type Edit = { range: Range; text: string };

/** Replaces a whole value (quotes included for strings) with `json`, which must be JSON text. */
export function replaceValue(node: JsonNode, json: string): Edit {
  return { range: node.range, text: json };
}

/** Adds `"name": json` as the last member of `object`. `text` is the document text the tree was read from. */
export function appendMember(text: string, object: JsonObject, name: string, json: string): Edit {
  const member = `${JSON.stringify(name)}: ${json}`;
  const last = object.members.at(-1);
  if (!last) {
    const afterBrace = { line: object.range.start.line, column: object.range.start.column + 1 };
    return { range: { start: afterBrace, end: afterBrace }, text: member };
  }
  const end = last.range.end;
  const separator =
    last.nameRange.start.line === object.range.start.line
      ? ", "
      : `,\n${indentationOfLine(text, last.nameRange.start.line)}`;
  return { range: { start: end, end }, text: `${separator}${member}` };
}

/** Removes `member` from `object` together with the comma that separates it from a neighbour. */
export function removeMember(object: JsonObject, member: JsonMember): Edit {
  const index = object.members.indexOf(member);
  const previous = object.members[index - 1];
  if (previous) return { range: { start: previous.range.end, end: member.range.end }, text: "" };
  const next = object.members[index + 1];
  if (next) return { range: { start: member.range.start, end: next.range.start }, text: "" };
  return { range: member.range, text: "" };
}

function indentationOfLine(text: string, line: number): string {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf("\n", start);
    if (newline < 0) return "";
    start = newline + 1;
  }
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/**
 * Applies edits to the text they were computed from (a fix's edits, or several fixes' that do not overlap).
 * Edits are applied from the end backwards so earlier positions stay valid.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++;
    if (code === 0x0a || code === 0x0d) lineStarts.push(index + 1);
  }
  const offsetOf = ({ line, column }: Range["start"]) => (lineStarts[line - 1] ?? text.length) + column - 1;
  const located = edits
    .map((edit) => ({ start: offsetOf(edit.range.start), end: offsetOf(edit.range.end), text: edit.text }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of located) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
