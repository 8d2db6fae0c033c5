#!/usr/bin/env node
/**
 * The one test command (`pnpm test`): every quality gate, in order, then one summary line
 * `tests: N passed, N failed, N skipped` counted over vitest, Playwright and the gates themselves.
 *
 * Gates: system dependencies, type checks, eslint, prettier, vitest (core in Node and Chromium, CLI as a
 * spawned binary, registry against a real docker-registry, playground units), the production build, and
 * Playwright end-to-end tests of the built playground. A runner that leaves no report counts as a failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { ensureSystemDependencies } from "./system-deps.mjs";

const root = new URL("..", import.meta.url).pathname;
const vitestReport = `${root}.vitest-results.json`;
const playwrightReport = `${root}apps/playground/e2e-results.json`;
const counts = { passed: 0, failed: 0, skipped: 0 };

function gate(name, command, args, options = {}) {
  process.stderr.write(`\n── ${name}: ${command} ${args.join(" ")}\n`);
  const result = spawnSync(command, args, { cwd: options.cwd ?? root, stdio: "inherit", env: process.env });
  const ok = result.status === 0;
  if (options.counted !== false) counts[ok ? "passed" : "failed"] += 1;
  if (!ok) process.stderr.write(`✗ ${name} failed (exit ${result.status ?? result.signal})\n`);
  return ok;
}

function readReport(path, runner, count) {
  if (!existsSync(path)) {
    process.stderr.write(`✗ ${runner} wrote no report at ${path}\n`);
    counts.failed += 1;
    return;
  }
  const tally = count(JSON.parse(readFileSync(path, "utf8")));
  for (const key of Object.keys(counts)) counts[key] += tally[key];
}

const dependencies = ensureSystemDependencies();
if (!dependencies.ok) {
  process.stderr.write(`${dependencies.message}\n`);
  console.log("tests: 0 passed, 1 failed, 0 skipped");
  process.exit(1);
}

rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });

gate("typecheck", "pnpm", ["run", "--silent", "typecheck"]);
gate("lint", "pnpm", ["exec", "eslint", "."]);
gate("format", "pnpm", ["exec", "prettier", "--check", "--log-level", "warn", "."]);

// vitest's own exit status is reflected in its report; it is not counted a second time.
gate(
  "vitest",
  "pnpm",
  ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  {
    counted: false,
  },
);
readReport(vitestReport, "vitest", (report) => ({
  passed: report.numPassedTests,
  failed:
    report.numFailedTests +
    report.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0)
      .length,
  skipped: report.numPendingTests + report.numTodoTests,
}));

if (gate("build", "pnpm", ["run", "--silent", "build"])) {
  gate("e2e", "pnpm", ["--filter", "@ocilens/playground", "exec", "playwright", "test"], { counted: false });
  readReport(playwrightReport, "playwright", (report) => ({
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  }));
} else {
  counts.failed += 1; // e2e could not run without a build
}

console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed === 0 ? 0 : 1);
