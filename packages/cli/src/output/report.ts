/**
 * The report every output format renders (contract §3, `--format json`): one entry per file, then a
 * summary. `validate` and `inspect` build it; the renderers in this folder only read it.
 */
import type { Diagnostic, Kind, Report, Severity } from "@ocilens/core";

export type FileReport = {
  path: string;
  kind: Kind;
  mediaType: string | null;
  digest: string;
  size: number;
  valid: boolean;
  diagnostics: Diagnostic[];
};

export type Summary = { files: number; errors: number; warnings: number; infos: number };

export type CliReport = { files: FileReport[]; summary: Summary };

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

export function cliReport(files: FileReport[]): CliReport {
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

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** True when a finding of `severity` fails a run whose fail level is `failLevel`. */
export function fails(severity: Severity, failLevel: Severity): boolean {
  return RANK[severity] >= RANK[failLevel];
}

export function failsRun(report: CliReport, failLevel: Severity): boolean {
  return report.files.some((file) => file.diagnostics.some((d) => fails(d.severity, failLevel)));
}

/** Plural-aware counts, e.g. "1 error, 2 warnings, 0 infos in 3 files". */
export function describeSummary(summary: Summary): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")} in ${plural(summary.files, "file")}`;
}
