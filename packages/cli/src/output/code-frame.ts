/**
 * The lines around a finding with the range underlined, like a compiler's error output. Long lines
 * (minified JSON is one line) are cut to a window around the finding.
 */
import type { Range } from "@ocilens/core";
import type { Paint } from "./color.js";

const CONTEXT_LINES = 1;
const WINDOW = 100;
const BEFORE = 30;

export function codeFrame(text: string, range: Range, colors: Paint): string {
  const lines = text.split(/\r?\n|\r/);
  const target = range.start.line;
  if (target < 1 || target > lines.length) return "";
  const first = Math.max(1, target - CONTEXT_LINES);
  const last = Math.min(lines.length, target + CONTEXT_LINES);
  const gutter = String(last).length;
  const startColumn = range.start.column;
  const endColumn =
    range.end.line === target ? Math.max(range.end.column, startColumn + 1) : lines[target - 1]!.length + 1;
  // One window for all shown lines keeps them aligned.
  const from = lines[target - 1]!.length > WINDOW ? Math.max(0, startColumn - 1 - BEFORE) : 0;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const line = lines[number - 1]!;
    const shown = cut(line, from);
    const marker = number === target ? ">" : " ";
    out.push(colors.dim(`  ${marker} ${String(number).padStart(gutter)} | `) + shown);
    if (number === target) {
      const caretStart = startColumn - 1 - from + (from > 0 ? 1 : 0);
      const caretLength = Math.max(
        1,
        Math.min(endColumn - startColumn, WINDOW - (caretStart - (from > 0 ? 1 : 0))),
      );
      out.push(
        colors.dim(`    ${" ".repeat(gutter)} | `) +
          " ".repeat(Math.max(0, caretStart)) +
          colors.bold("^".repeat(caretLength)),
      );
    }
  }
  return out.join("\n");
}

function cut(line: string, from: number): string {
  const slice = line.slice(from, from + WINDOW);
  return `${from > 0 ? "…" : ""}${slice}${from + WINDOW < line.length ? "…" : ""}`;
}
