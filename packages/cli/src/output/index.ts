/**
 * One entry point for every output format, shared by `validate` and `inspect`: the report goes to stdout;
 * with `github`, the Markdown version is appended to the job summary as well.
 */
import { appendFileSync } from "node:fs";
import { renderJson, type FilesReport, type Severity } from "@ocilens/core";
import { renderGithub } from "./github.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";
import type { OutputFormat } from "./formats.js";

export { OUTPUT_FORMATS, type OutputFormat } from "./formats.js";

export type RenderOptions = {
  color: boolean;
  /** Where relative report paths start. */
  cwd: string;
  /** What SARIF and annotation paths are relative to: the git root, else the working directory. */
  root: string;
  failLevel: Severity;
  /** Document texts by report path, for code frames in the text format. */
  sources?: ReadonlyMap<string, string>;
};

export function renderReport(format: OutputFormat, report: FilesReport, options: RenderOptions): string {
  switch (format) {
    case "text":
      return renderText(report, options);
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, options);
    case "github":
      return renderGithub(report, options);
    case "junit":
      return renderJunit(report, options);
  }
}

export function writeReport(
  format: OutputFormat,
  report: FilesReport,
  options: RenderOptions,
  env: NodeJS.ProcessEnv = process.env,
): void {
  process.stdout.write(renderReport(format, report, options));
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (format === "github" && summaryFile) appendFileSync(summaryFile, renderMarkdown(report));
}
