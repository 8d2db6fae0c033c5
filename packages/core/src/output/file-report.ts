/**
 * The report of several documents checked together (contract §3, `ocilens validate --format json`), and
 * its JSON rendering. Pure, so the CLI and the playground print the same bytes for the same documents.
 */
import type { Report, Severity } from "../report.js";

/** A document's report under the path it was given as (contract §3, `files[]`). */
export type FileReport = { path: string } & Report;

export type Summary = { files: number; errors: number; warnings: number; infos: number };

export type FilesReport = { files: FileReport[]; summary: Summary };

/** Exactly the contract's fields, in the contract's order (core reports carry a few more). */
export function fileReport(path: string, report: Report): FileReport {
  return {
    path,
    kind: report.kind,
    mediaType: report.mediaType,
    digest: report.digest,
    size: report.size,
    valid: report.valid,
    diagnostics: report.diagnostics.map(({ rule, severity, message, pointer, range }) => ({
      rule,
      severity,
      message,
      pointer,
      range,
    })),
  };
}

export function filesReport(files: FileReport[]): FilesReport {
  const count = (severity: Severity) =>
    files.reduce((sum, file) => sum + file.diagnostics.filter((d) => d.severity === severity).length, 0);
  return {
    files,
    summary: {
      files: files.length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    },
  };
}

/** `--format json`. */
export function renderJson(report: FilesReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
