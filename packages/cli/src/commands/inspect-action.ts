/** The body of `ocilens inspect`, loaded only when the command runs: start-up never loads the registry client, rules or schemas. */
import {
  ENGINE_IDS,
  formatPlatform,
  parsePlatform,
  selectManifest,
  type EngineId,
  type Selection,
} from "@ocilens/core";
import { EXIT, UsageError } from "../io/exit.js";
import { clientPoolFrom, reportingRegistryErrors } from "../registry/cli-options.js";
import type { RegistryCliOptions } from "../registry/registry-flags.js";
import { distinctNodes, fetchImageTree, flattenTree, type FetchedNode } from "../registry/fetch-tree.js";
import { createLimiter } from "../registry/limiter.js";
import { parseReference } from "../registry/reference.js";
import { renderTree } from "../registry/render-tree.js";
import { validateTree } from "../registry/validate-tree.js";
import { findGitRoot } from "../config/git-root.js";
import { useColor } from "../output/color.js";
import { writeReport, type OutputFormat } from "../output/index.js";
import { filesReport } from "@ocilens/core";
import { describeSummary } from "../output/report.js";

export type InspectOptions = RegistryCliOptions & {
  platform?: string;
  engine: string;
  raw?: boolean;
  format: OutputFormat;
  color?: boolean;
  concurrency: string;
};

type EngineChoice = {
  engine: EngineId;
  selected: number | null;
  digest: string | null;
  reason: string | null;
};

function enginesOf(option: string): EngineId[] {
  if (option === "all") return [...ENGINE_IDS];
  if (!(ENGINE_IDS as readonly string[]).includes(option)) {
    throw new UsageError(`unknown engine "${option}"; one of ${ENGINE_IDS.join(", ")}, all`);
  }
  return [option as EngineId];
}

function selectFor(root: FetchedNode, spec: string, engines: EngineId[]): EngineChoice[] {
  if (root.role !== "index")
    throw new UsageError(`${root.name} is a single manifest, not an index: there is nothing to select`);
  let host;
  try {
    host = parsePlatform(spec);
  } catch (error) {
    throw new UsageError(`--platform: ${(error as Error).message}`);
  }
  const index: unknown = JSON.parse(new TextDecoder().decode(root.document!.bytes));
  return engines.map((engine) => {
    const selection: Selection = selectManifest(index, host, { engine });
    const child = root.children.find((node) => node.position === selection.selected);
    const reason =
      selection.candidates.find((candidate) => candidate.position === selection.selected)?.reason ?? null;
    return { engine, selected: selection.selected, digest: child?.digest ?? null, reason };
  });
}

function renderChoices(spec: string, choices: EngineChoice[]): string {
  const host = formatPlatform(parsePlatform(spec));
  return choices
    .map((choice) =>
      choice.selected === null
        ? `${choice.engine} on ${host}: nothing matches\n`
        : `${choice.engine} on ${host}: [${choice.selected}] ${choice.digest}${choice.reason ? ` (${choice.reason})` : ""}\n`,
    )
    .join("");
}

export async function runInspect(ref: string, options: InspectOptions): Promise<void> {
  await reportingRegistryErrors(async () => {
    const reference = parseReference(ref);
    const engines = enginesOf(options.engine);
    const concurrency = Number(options.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new UsageError("--concurrency must be a positive integer");
    const client = clientPoolFrom(options)(reference);
    const root = await fetchImageTree(client, reference, createLimiter(concurrency));
    const choices = options.platform === undefined ? undefined : selectFor(root, options.platform, engines);

    if (options.raw) {
      const chosen = choices?.[0]?.selected ?? null;
      const node = chosen === null ? root : root.children.find((child) => child.position === chosen)!;
      if (!node.document) throw node.error!;
      process.stdout.write(node.document.bytes);
      process.exitCode = EXIT.ok;
      return;
    }

    const nodes = flattenTree(root);
    const reports = validateTree(nodes);
    const report = filesReport(distinctNodes(nodes).map((node) => reports.get(node)!));
    if (options.format === "text") {
      process.stdout.write(renderTree(root, reports));
      if (choices && options.platform) process.stdout.write(renderChoices(options.platform, choices));
    } else if (options.format === "json" && choices) {
      // The contract's report, extended with what --platform asked for.
      process.stdout.write(`${JSON.stringify({ ...report, selections: choices }, null, 2)}\n`);
    } else {
      const cwd = process.cwd();
      writeReport(options.format, report, {
        color: useColor(options.color, process.stdout),
        cwd,
        root: findGitRoot(cwd) ?? cwd,
        failLevel: "error",
      });
    }
    const summary = report.summary;
    process.stderr.write(`${reference.registry}/${reference.repository}: ${describeSummary(summary)}\n`);
    const nothingSelected = choices?.some((choice) => choice.selected === null) ?? false;
    process.exitCode = summary.errors > 0 || nothingSelected ? EXIT.findings : EXIT.ok;
  });
}
