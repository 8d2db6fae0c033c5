/** The body of `ocilens matrix`, loaded only when the command runs: start-up never loads the coverage analysis. */
import { analyzeCoverage, formatPlatform, type Coverage, type EngineId } from "@ocilens/core";
import { EXIT, UsageError } from "../io/exit.js";
import { readIndexArgument, type IndexJson } from "./select-action.js";

export type MatrixOptions = {
  format: "text" | "json";
  engine?: string[];
  preferGzip?: boolean;
  strict?: boolean;
};

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function entryLabel(index: IndexJson, position: number): string {
  const platform = index.manifests[position]?.platform;
  return platform && typeof platform === "object" ? formatPlatform(platform, { all: true }) : "(no platform)";
}

function renderText(index: IndexJson, coverage: Coverage): string {
  const header = ["host", "platform", ...coverage.engines];
  const rows = coverage.hosts.map((row) => [
    row.label,
    row.platform,
    ...coverage.engines.map((id) => {
      const position = row.selections[id];
      return position === null ? "-" : `#${position} ${entryLabel(index, position)}`;
    }),
  ]);
  const sections = [table([header, ...rows])];
  const labelOf = (id: string) => coverage.hosts.find((h) => h.host === id)?.label ?? id;
  sections.push(
    coverage.unserved.length === 0
      ? "Every host is served by some engine."
      : `Served by no engine: ${coverage.unserved.map(labelOf).join(", ")}`,
  );
  if (coverage.disagreements.length > 0) {
    sections.push(`Engines disagree on: ${coverage.disagreements.map(labelOf).join(", ")}`);
  }
  for (const entry of coverage.unreachable) {
    sections.push(`#${entry.position} ${entry.platform ?? "(no platform)"}: ${entry.reason}`);
  }
  for (const attestation of coverage.attestations) {
    sections.push(
      `#${attestation.position} attestation of ${attestation.describes === null ? (attestation.digest ?? "nothing named") : `#${attestation.describes}`}`,
    );
  }
  return sections.join("\n");
}

export async function runMatrix(path: string, options: MatrixOptions): Promise<void> {
  const index = await readIndexArgument(path);
  const engines = options.engine as EngineId[] | undefined;
  if (engines && engines.length === 0) throw new UsageError("--engine needs at least one id");
  const coverage = analyzeCoverage(index, { engines, preferGzip: options.preferGzip });
  process.stdout.write(
    options.format === "json" ? `${JSON.stringify(coverage, null, 2)}\n` : `${renderText(index, coverage)}\n`,
  );
  const nothingServed = coverage.unserved.length === coverage.hosts.length;
  const strictFailure = options.strict === true && coverage.unreachable.length > 0;
  process.exitCode = nothingServed || strictFailure ? EXIT.findings : EXIT.ok;
}
