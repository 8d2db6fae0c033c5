/**
 * The workspace's report as the CLI prints it for the same documents (`ocilens validate <names…>
 * --format json|sarif` run where the names are relative paths): the same core renderers, so the same bytes.
 */
import {
  fileReport,
  fileUri,
  filesReport,
  renderJson,
  renderSarif,
  type ValidationReport,
} from "@ocilens/core";
import { version as cliVersion } from "../../../../packages/cli/package.json";

export type ReportFormat = "json" | "sarif";

export function exportReport(
  format: ReportFormat,
  documents: ReadonlyArray<{ name: string; report: ValidationReport }>,
): string {
  const report = filesReport(documents.map(({ name, report }) => fileReport(name, report)));
  return format === "json"
    ? renderJson(report)
    : renderSarif(report, {
        toolVersion: cliVersion,
        locate: (path) => ({ file: fileUri(path), inner: null }),
      });
}
