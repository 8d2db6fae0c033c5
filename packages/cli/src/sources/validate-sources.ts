/**
 * Sources → file reports. Loose documents are validated together (so they are cross-checked); each layout
 * is validated as a whole; oversized files get the size finding without being read.
 */
import {
  fileReport,
  findRule,
  validateDocuments,
  validateLayout,
  type Diagnostic,
  type FileReport,
  type Expectation,
  type RuleSetting,
} from "@ocilens/core";
import { UsageError } from "../io/exit.js";
import { sha256Sync } from "../io/sha256-sync.js";
import { layoutFilePath } from "./paths.js";
import type { DocumentSource, LayoutSource, OversizedSource, Source } from "./source.js";

export type ValidateSourcesOptions = {
  expect?: Expectation;
  rules: Record<string, RuleSetting>;
  maxSize: number;
  /** Collect document texts for code frames. */
  wantSources: boolean;
};

export type ValidatedSources = { files: FileReport[]; texts: Map<string, string> };

const SIZE_RULE = "limit.document-size";

export async function validateSources(
  sources: readonly Source[],
  options: ValidateSourcesOptions,
): Promise<ValidatedSources> {
  const texts = new Map<string, string>();
  const limits = { maxBytes: options.maxSize };
  const documents = sources.filter((source): source is DocumentSource => source.type === "document");
  const documentReports = coreCall(() =>
    validateDocuments(
      documents.map((document) => ({ name: document.path, bytes: document.bytes })),
      { expect: options.expect, rules: options.rules, limits, sha256: sha256Sync },
    ),
  );
  const byPath = new Map<string, FileReport[]>();
  documentReports.forEach((report, index) => {
    byPath.set(report.name, [fileReport(report.name, report)]);
    if (options.wantSources) texts.set(report.name, decode(documents[index]!.bytes));
  });
  for (const source of sources) {
    if (source.type === "oversized") byPath.set(source.path, [oversizedReport(source, options)]);
    if (source.type === "layout") byPath.set(source.path, await validateLayoutSource(source, options, texts));
  }
  // Reports in the order the sources were given.
  const files = sources.flatMap((source) => byPath.get(source.path) ?? []);
  return { files, texts };
}

async function validateLayoutSource(
  source: LayoutSource,
  options: ValidateSourcesOptions,
  texts: Map<string, string>,
): Promise<FileReport[]> {
  const report = await validateLayout(source.reader, {
    rules: options.rules,
    sha256: sha256Sync,
    limits: { maxBytes: options.maxSize },
    maxDocumentBytes: options.maxSize,
  }).catch((error: Error) => {
    throw new UsageError(`cannot read ${source.path}: ${error.message}`);
  });
  const files: FileReport[] = [];
  for (const file of report.files) {
    const path = layoutFilePath(source.path, source.archive, file.path);
    files.push(fileReport(path, file));
    if (
      options.wantSources &&
      file.kind !== "unknown" &&
      file.kind !== "oci-layout" &&
      file.diagnostics.length > 0
    ) {
      const bytes = await source.reader.read(file.path, options.maxSize);
      if (bytes) texts.set(path, decode(bytes));
    }
  }
  return files;
}

function oversizedReport(source: OversizedSource, options: ValidateSourcesOptions): FileReport {
  const rule = findRule(SIZE_RULE);
  const severity = options.rules[SIZE_RULE] ?? rule?.severity ?? "error";
  const diagnostics: Diagnostic[] =
    severity === "off"
      ? []
      : [
          {
            rule: SIZE_RULE,
            severity,
            message: `The input is ${source.size} bytes, above the ${options.maxSize}-byte limit (--max-size); it was not read.`,
            pointer: "",
            range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
          },
        ];
  return {
    path: source.path,
    kind: "unknown",
    mediaType: null,
    digest: source.digest,
    size: source.size,
    valid: severity !== "error",
    diagnostics,
  };
}

/** The core throws plain Errors for bad configuration (an unknown rule key): a usage error here. */
function coreCall<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The text positions refer to: the BOM is kept, as the core keeps it. */
function decode(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}
