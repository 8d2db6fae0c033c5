/**
 * SARIF 2.1.0 for GitHub code scanning: the core's renderer (shared with the playground's export), with
 * locations relative to the repository root, as code scanning requires.
 */
import { fileUri, renderSarif as renderSarifLog, type FilesReport } from "@ocilens/core";
import packageJson from "../../package.json" with { type: "json" };
import { artifactLocation } from "./locations.js";

export type SarifOptions = { cwd: string; root: string };

export function renderSarif(report: FilesReport, options: SarifOptions): string {
  return renderSarifLog(report, {
    toolVersion: packageJson.version,
    locate: (path) => {
      const location = artifactLocation(path, options.cwd, options.root);
      return location && { ...location, file: fileUri(location.file) };
    },
  });
}
