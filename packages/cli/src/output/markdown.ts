/** The whole report as Markdown, for the GitHub job summary (`$GITHUB_STEP_SUMMARY`). */
import { ruleDocsUrl, type FilesReport } from "@ocilens/core";
import { describeSummary } from "./report.js";

const ICON = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;

/** Table cells: pipes and line breaks would end the cell or the row. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function renderMarkdown(report: FilesReport): string {
  const out = [`## ocilens validate`, "", describeSummary(report.summary), ""];
  const findings = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => ({ file, diagnostic })),
  );
  if (findings.length > 0) {
    out.push("| | file | line | rule | message |", "| --- | --- | --- | --- | --- |");
    for (const { file, diagnostic } of findings) {
      const { line, column } = diagnostic.range.start;
      out.push(
        `| ${ICON[diagnostic.severity]} | ${cell(file.path)} | ${line}:${column} | [${cell(diagnostic.rule)}](${ruleDocsUrl(diagnostic.rule)}) | ${cell(diagnostic.message)} |`,
      );
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
