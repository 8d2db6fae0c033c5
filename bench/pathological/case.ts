/**
 * One pathological case, run in its own process by run.ts so that its peak memory is its own: builds the
 * document, measures JSON.parse of it (the reference) and validateDocument, and prints one JSON line.
 */
import { validateDocument } from "../../packages/core/src/index.js";
import { CASES } from "./cases.js";

const name = process.argv[2]!;
const build = CASES[name];
if (!build) throw new Error(`unknown case ${name}; known: ${Object.keys(CASES).join(", ")}`);
const { text, rule } = build();
const bytes = new TextEncoder().encode(text);
const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;

let start = performance.now();
try {
  JSON.parse(text);
} catch {
  // The reference only has to read the text; a refusal is fine.
}
const referenceMs = performance.now() - start;

start = performance.now();
const cpuStart = process.cpuUsage();
const report = validateDocument(bytes);
const cpu = process.cpuUsage(cpuStart);
const validateMs = performance.now() - start;
const finding = report.diagnostics.find((diagnostic) => diagnostic.rule === rule);
process.stdout.write(
  `${JSON.stringify({
    name,
    bytes: bytes.length,
    rule,
    found: finding ? `${finding.rule} at ${finding.range.start.line}:${finding.range.start.column}` : null,
    diagnostics: report.diagnostics.length,
    validateMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    referenceMs,
    rssBeforeMiB,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
