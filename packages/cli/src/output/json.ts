/** `--format json`: the contract's report, exactly (contract §3). */
import type { CliReport } from "./report.js";

export function renderJson(report: CliReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
