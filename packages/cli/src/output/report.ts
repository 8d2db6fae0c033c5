/**
 * The report every output format renders (contract §3, `--format json`) is the core's FilesReport, so the
 * playground exports the same bytes. What only a command line needs lives here: the fail level and the
 * one-line summary for stderr.
 */
import type { FilesReport, Severity, Summary } from "@ocilens/core";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** True when a finding of `severity` fails a run whose fail level is `failLevel`. */
export function fails(severity: Severity, failLevel: Severity): boolean {
  return RANK[severity] >= RANK[failLevel];
}

export function failsRun(report: FilesReport, failLevel: Severity): boolean {
  return report.files.some((file) => file.diagnostics.some((d) => fails(d.severity, failLevel)));
}

/** Plural-aware counts, e.g. "1 error, 2 warnings, 0 infos in 3 files". */
export function describeSummary(summary: Summary): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")} in ${plural(summary.files, "file")}`;
}
