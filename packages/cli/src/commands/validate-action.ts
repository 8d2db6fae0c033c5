/**
 * The body of `ocilens validate`, loaded only when the command runs so that start-up, --help and the other
 * commands never evaluate the rules, schemas and hashing it needs.
 */
import { filesReport, KINDS, type Expectation } from "@ocilens/core";
import { resolveSettings, type RunFlags } from "../config/settings.js";
import { findGitRoot } from "../config/git-root.js";
import { HashPool } from "../hashing/pool.js";
import { showHashProgress } from "../hashing/progress.js";
import { EXIT, UsageError } from "../io/exit.js";
import { useColor } from "../output/color.js";
import { writeReport, type OutputFormat } from "../output/index.js";
import { describeSummary, failsRun } from "../output/report.js";
import { collectSources } from "../sources/collect.js";
import { STDIN_PATH } from "../sources/paths.js";
import { validateSources } from "../sources/validate-sources.js";

export type ValidateOptions = RunFlags & { expect?: string; format: OutputFormat; color?: boolean };

const MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$/;

export async function runValidate(paths: string[], options: ValidateOptions): Promise<void> {
  if (paths.includes(STDIN_PATH) && process.stdin.isTTY) {
    throw new UsageError("nothing to validate: give paths, or pipe a document into - (see --help)");
  }
  const cwd = process.cwd();
  const settings = resolveSettings(options, cwd);
  const expect = checkExpectation(options.expect);
  const pool = new HashPool();
  const stopProgress = showHashProgress(pool);
  try {
    const { sources, unmatched } = await collectSources(paths, {
      cwd,
      maxSize: settings.maxSize,
      pool,
      stdin: process.stdin,
    });
    const color = useColor(options.color, process.stdout);
    const { files, texts } = await validateSources(sources, {
      expect,
      rules: settings.rules,
      maxSize: settings.maxSize,
      wantSources: options.format === "text",
    });
    stopProgress();
    const report = filesReport(files);
    writeReport(options.format, report, {
      color,
      cwd,
      root: findGitRoot(cwd) ?? cwd,
      failLevel: settings.failLevel,
      sources: texts,
    });
    for (const pattern of unmatched) process.stderr.write(`ocilens: nothing matched ${pattern}\n`);
    if (options.format === "text") process.stderr.write(`${describeSummary(report.summary)}\n`);
    process.exitCode = exitCode(
      failsRun(report, settings.failLevel),
      unmatched.length > 0 || files.length === 0,
    );
  } finally {
    stopProgress();
    await pool.close();
  }
}

function exitCode(failed: boolean, nothingMatched: boolean): number {
  return failed || nothingMatched ? EXIT.findings : EXIT.ok;
}

function checkExpectation(expect: string | undefined): Expectation | undefined {
  if (expect === undefined) return undefined;
  if ((KINDS as readonly string[]).includes(expect) || MEDIA_TYPE.test(expect)) return expect;
  throw new UsageError(`--expect: "${expect}" is neither a kind (${KINDS.join(", ")}) nor a media type`);
}
