/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` annotation per finding, on the
 * file and lines it concerns. GitHub shows only 10 annotations of each kind per step, so the whole report
 * also goes to the job summary (see markdown.ts) when $GITHUB_STEP_SUMMARY is set.
 */
import type { FilesReport, Severity } from "@ocilens/core";
import { artifactLocation } from "./locations.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export type GithubOptions = { cwd: string; root: string };

/** Message text: %, CR and LF are escaped (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values additionally escape `:` and `,` (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function renderGithub(report: FilesReport, options: GithubOptions): string {
  const lines = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => {
      const location = artifactLocation(file.path, options.cwd, options.root);
      const properties: Array<[string, string | number]> = [];
      if (location) {
        properties.push(["file", location.file]);
        if (location.inner === null) {
          const { start, end } = diagnostic.range;
          properties.push(["line", start.line], ["endLine", end.line]);
          // GitHub only honours columns on single-line annotations.
          if (start.line === end.line) properties.push(["col", start.column], ["endColumn", end.column]);
        }
      }
      properties.push(["title", diagnostic.rule]);
      const inside = location?.inner ? `${location.inner}: ` : location ? "" : `${file.path}: `;
      const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(",");
      return `::${COMMAND[diagnostic.severity]} ${list}::${escapeData(inside + diagnostic.message)}`;
    }),
  );
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
