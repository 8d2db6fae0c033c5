/**
 * Time and peak memory of validateDocument on each pathological document at full size with the default
 * limits, each case in a child process (so peak RSS is the case's own), against the reference measured in
 * the same process: JSON.parse of the same text. Prints one table; the diagnostic column shows the rule key
 * and position each case is reported at. The cases run the core as it ships (bundled by esbuild).
 *
 *   pnpm --filter @ocilens/cli exec tsx ../../bench/pathological/run.ts
 */
import { execFileSync } from "node:child_process";
import { bundleForNode } from "../bundle-for-node.js";
import { CASES } from "./cases.js";

type CaseResult = {
  name: string;
  bytes: number;
  rule: string;
  found: string | null;
  validateMs: number;
  cpuMs: number;
  referenceMs: number;
  rssBeforeMiB: number;
  peakRssMiB: number;
};

const bundle = bundleForNode(new URL("./case.ts", import.meta.url));

const results: CaseResult[] = [];
for (const name of Object.keys(CASES)) {
  const output = execFileSync(process.execPath, ["--max-old-space-size=4096", bundle.file, name], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(output) as CaseResult;
  results.push(result);
  process.stderr.write(`${name}: done\n`);
}
bundle.dispose();

const rows = results.map((result) => [
  result.name,
  (result.bytes / 2 ** 20).toFixed(1),
  result.found ?? `MISSING ${result.rule}`,
  result.validateMs.toFixed(0),
  result.cpuMs.toFixed(0),
  result.referenceMs.toFixed(0),
  (result.validateMs / Math.max(result.referenceMs, 0.01)).toFixed(1),
  result.rssBeforeMiB.toFixed(0),
  result.peakRssMiB.toFixed(0),
]);
const header = [
  "case",
  "MiB",
  "diagnostic",
  "validate ms",
  "cpu ms",
  "JSON.parse ms",
  "ratio",
  "RSS before MiB",
  "peak RSS MiB",
];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]!.length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
process.stdout.write(
  [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n") + "\n",
);
if (results.some((result) => result.found === null)) process.exitCode = 1;
