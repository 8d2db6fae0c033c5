/** The body of `ocilens index create`, loaded only when the command runs: start-up never loads the registry client, rules or schemas. */
import { parsePlatform, validateDocuments, type Platform } from "@ocilens/core";
import { EXIT, UsageError } from "../io/exit.js";
import { sha256Sync } from "../io/sha256-sync.js";
import {
  assembleIndex,
  type AssembledIndex,
  type IndexFormat,
  type SourceInput,
} from "../registry/assemble-index.js";
import { clientPoolFrom, reportingRegistryErrors } from "../registry/cli-options.js";
import type { RegistryCliOptions } from "../registry/registry-flags.js";
import { fileStore, layoutStore, registryStore } from "../registry/content-store.js";
import { copyChildren } from "../registry/copy-children.js";
import { createLimiter } from "../registry/limiter.js";
import { parseReference, pinnedName } from "../registry/reference.js";
import { fileReport, filesReport, type FileReport } from "@ocilens/core";
import { renderJson } from "../output/json.js";
import { addIndexToLayout } from "../registry/write-layout.js";

export type CreateOptions = RegistryCliOptions & {
  format: IndexFormat;
  dryRun?: boolean;
  attestations: boolean;
  platform: string[];
  annotation: string[];
  fromLayout?: string;
  reportFormat: "text" | "json";
};

function parseAnnotations(values: string[]): Record<string, string> {
  const annotations: Record<string, string> = {};
  for (const value of values) {
    const equals = value.indexOf("=");
    if (equals <= 0) throw new UsageError(`--annotation "${value}": write KEY=VALUE`);
    const key = value.slice(0, equals);
    if (key in annotations) throw new UsageError(`--annotation ${key} is given twice`);
    annotations[key] = value.slice(equals + 1);
  }
  return annotations;
}

/** `SOURCE=SPEC` pairs; SOURCE must be one of the sources as typed (SPEC may itself hold `=`, as in `,osver=`). */
function parseOverrides(values: string[], sources: string[]): Map<string, Platform> {
  const overrides = new Map<string, Platform>();
  for (const value of values) {
    const source = sources
      .filter((candidate) => value.startsWith(`${candidate}=`))
      .sort((a, b) => b.length - a.length)[0];
    if (source === undefined)
      throw new UsageError(`--platform "${value}": write SOURCE=SPEC with SOURCE one of the sources`);
    if (overrides.has(source)) throw new UsageError(`--platform is given twice for ${source}`);
    try {
      overrides.set(source, parsePlatform(value.slice(source.length + 1)));
    } catch (error) {
      throw new UsageError(`--platform ${value}: ${(error as Error).message}`);
    }
  }
  return overrides;
}

function validateIndex(name: string, assembled: AssembledIndex): FileReport {
  const [report] = validateDocuments([{ name, bytes: assembled.bytes, expect: assembled.mediaType }], {
    related: assembled.related,
    sha256: sha256Sync,
  });
  return fileReport(name, report!);
}

/** Diagnostics as one line each, `path:line:column: severity rule pointer: message`. */
function diagnosticLines(report: FileReport): string {
  return report.diagnostics
    .map(
      (d) =>
        `${report.path}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.rule} ${d.pointer || "(document)"}: ${d.message}\n`,
    )
    .join("");
}

export async function runIndexCreate(
  target: string,
  sources: string[],
  options: CreateOptions,
): Promise<void> {
  await reportingRegistryErrors(async () => {
    const overrides = parseOverrides(options.platform, sources);
    const annotations = parseAnnotations(options.annotation);
    const offline = options.fromLayout !== undefined || target === "-";
    const pool = clientPoolFrom(options);
    const targetReference = offline ? undefined : parseReference(target);
    const layout = options.fromLayout === undefined ? undefined : await layoutStore(options.fromLayout);
    const files = offline && !layout ? await fileStore(sources) : undefined;

    const inputs: SourceInput[] = (files?.sources ?? sources).map((argument) => {
      const platformOverride = overrides.get(argument);
      const store =
        layout ?? files ?? registryStore(pool(parseReference(argument)), parseReference(argument));
      return { argument, store, selector: argument, ...(platformOverride && { platformOverride }) };
    });
    const assembled = await assembleIndex(inputs, {
      format: options.format,
      attestations: options.attestations,
      annotations,
    });
    for (const warning of assembled.warnings) process.stderr.write(`ocilens: warning: ${warning}\n`);

    const name = targetReference ? `${targetReference.registry}/${targetReference.repository}` : target;
    const report = validateIndex(name, assembled);
    if (!report.valid) {
      // Nothing else goes to stdout now, so the report takes it.
      process.stdout.write(
        options.reportFormat === "json" ? renderJson(filesReport([report])) : diagnosticLines(report),
      );
      process.stderr.write(`ocilens: the index has errors; nothing was ${offline ? "written" : "pushed"}\n`);
      process.exitCode = EXIT.findings;
      return;
    }
    // stdout carries the index or the pushed reference; findings that do not block go to stderr.
    process.stderr.write(diagnosticLines(report));

    if (options.dryRun || target === "-") {
      process.stdout.write(assembled.bytes);
      process.exitCode = EXIT.ok;
      return;
    }
    if (layout) {
      const digest = await addIndexToLayout(
        options.fromLayout!,
        assembled.bytes,
        assembled.mediaType,
        target,
      );
      process.stdout.write(`${options.fromLayout}@${digest}\n`);
      process.exitCode = EXIT.ok;
      return;
    }
    const reference = targetReference!;
    const client = pool(reference);
    const counts = await copyChildren(
      { client, host: reference.host, repository: reference.repository },
      assembled.entries,
      createLimiter(8),
    );
    const digest = await client.putManifest(
      reference.repository,
      reference.tag ?? reference.digest ?? "latest",
      assembled.bytes,
      assembled.mediaType,
    );
    process.stderr.write(
      `pushed an index of ${assembled.entries.length} entries; children: ${counts.present} already there, ${counts.mounted} blobs mounted, ${counts.copied} blobs copied, ${counts.manifests} manifests pushed\n`,
    );
    process.stdout.write(`${pinnedName(reference, digest)}\n`);
    process.exitCode = EXIT.ok;
  });
}
