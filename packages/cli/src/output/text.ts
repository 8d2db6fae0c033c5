/**
 * The human format: one block per file (path, kind, size, digest), each finding with its position, rule
 * key and a code frame. The summary line goes to stderr (see commands/validate.ts).
 */
import type { Diagnostic, FilesReport } from "@ocilens/core";
import { codeFrame } from "./code-frame.js";
import { paint } from "./color.js";

export type TextOptions = {
  color: boolean;
  /** The text of each file by path, for code frames; files without text get no frame. */
  sources?: ReadonlyMap<string, string>;
};

export function renderText(report: FilesReport, options: TextOptions): string {
  const colors = paint(options.color);
  const blocks = report.files.map((file) => {
    const header = `${colors.bold(file.path)}  ${colors.dim(`${file.kind}, ${file.size} bytes, ${file.digest}`)}`;
    if (file.diagnostics.length === 0) return `${header}\n  ${colors.ok("✓ valid")}\n`;
    const source = options.sources?.get(file.path);
    const findings = file.diagnostics.map((diagnostic) => renderFinding(diagnostic, source, colors));
    return `${header}\n${findings.join("\n")}\n`;
  });
  return blocks.join("\n");
}

function renderFinding(
  diagnostic: Diagnostic,
  source: string | undefined,
  colors: ReturnType<typeof paint>,
): string {
  const { line, column } = diagnostic.range.start;
  const where = colors.dim(`${line}:${column}`.padEnd(8));
  const severity = colors.severity(diagnostic.severity, diagnostic.severity.padEnd(7));
  const pointer = diagnostic.pointer ? colors.dim(` at ${diagnostic.pointer}`) : "";
  const head = `  ${where} ${severity} ${diagnostic.message}  ${colors.dim(diagnostic.rule)}${pointer}`;
  const frame =
    source === undefined || isWholeFile(diagnostic) ? "" : codeFrame(source, diagnostic.range, colors);
  return frame ? `${head}\n${frame}` : head;
}

/** Findings about the file as a whole (no position inside it) get no frame. */
function isWholeFile({ pointer, range }: Diagnostic): boolean {
  const { start, end } = range;
  return pointer === "" && start.line === 1 && start.column === 1 && end.line === 1 && end.column === 1;
}
