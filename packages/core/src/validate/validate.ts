/**
 * The pipeline: bytes → reader (R1–R4, limits) → document model (kind, media type) → schema check → rule
 * modules for the kind → cross-document rules against the related documents → report.
 */
import { readDocument, type DocumentInput } from "../documents/document.js";
import type { Expectation } from "../documents/detect.js";
import { DEFAULT_LIMITS, type DocumentLimits } from "../documents/limits.js";
import type { DocumentModel } from "../documents/model.js";
import type { RelatedDocuments } from "../rules/rule.js";
import type { ValidateOptions, ValidationDiagnostic, ValidationReport } from "./options.js";
import { resolveRuleSettings, type RuleSettings } from "./rule-settings.js";
import { runRules } from "./run-rules.js";
import { mergeSchemaDiagnostics, schemaDiagnostics } from "./schema.js";

/** Validates one document. A string is validated as its UTF-8 encoding (digest and size are of those bytes). */
export function validateDocument(input: DocumentInput, options: ValidateOptions = {}): ValidationReport {
  return validateReadDocuments([documentReader(options)(input, options.expect)], options)[0]!;
}

export type NamedInput = { name: string; bytes: DocumentInput; expect?: Expectation };
export type NamedReport = ValidationReport & { name: string };

/**
 * Validates documents given together and cross-checks them: a descriptor in one that names another's digest
 * is checked against it (size, media type, platform against config). `options.expect` applies to inputs
 * without their own; `options.related` adds documents that are used for cross-checks but not reported.
 */
export function validateDocuments(
  inputs: readonly NamedInput[],
  options: ValidateOptions = {},
): NamedReport[] {
  const read = documentReader(options);
  const documents = inputs.map((input) => read(input.bytes, input.expect ?? options.expect));
  return validateReadDocuments(documents, options).map((report, index) => ({
    name: inputs[index]!.name,
    ...report,
  }));
}

/**
 * Reads documents with the limits and sha256 of `options`, as validateDocuments does: for callers that look
 * at documents before validating them (validateLayout follows their descriptors), so each is read once.
 */
export function documentReader(
  options: ValidateOptions,
): (bytes: DocumentInput, expect: Expectation | undefined) => DocumentModel {
  const limits = resolveLimits(options);
  return (bytes, expect) => readDocument(bytes, { expect, limits, sha256: options.sha256 });
}

/** validateDocuments for documents already read by `documentReader(options)`. */
export function validateReadDocuments(
  documents: readonly DocumentModel[],
  options: ValidateOptions = {},
): ValidationReport[] {
  const settings = resolveRuleSettings(options.rules);
  const limits = resolveLimits(options);
  const read = documentReader(options);
  const related = (options.related ?? []).map((input) =>
    typeof input === "string" || input instanceof Uint8Array
      ? read(input, undefined)
      : read(input.bytes, input.expect),
  );
  const byDigest = digestIndex([...documents, ...related]);
  return documents.map((document) =>
    buildReport(document, check(document, settings, new OthersByDigest(byDigest, document), limits)),
  );
}

function check(
  document: DocumentModel,
  settings: RuleSettings,
  related: RelatedDocuments,
  limits: DocumentLimits,
): ValidationDiagnostic[] {
  return mergeSchemaDiagnostics(
    runRules(document, settings, related, limits),
    schemaDiagnostics(document, settings),
  );
}

function resolveLimits(options: ValidateOptions): DocumentLimits {
  if (options.limits === undefined) return DEFAULT_LIMITS;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`limits.${name} must be a non-negative integer.`);
  }
  return limits;
}

function digestIndex(documents: readonly DocumentModel[]): Map<string, DocumentModel> {
  const index = new Map<string, DocumentModel>();
  for (const document of documents) index.set(document.digest, document);
  return index;
}

/**
 * The documents of a run by sha256 digest, less the one being checked. One index serves every document of
 * the run (a map per document made a layout of n documents cost n² insertions). Leaving `self` out only
 * guards: no document can hold its own digest.
 */
class OthersByDigest implements RelatedDocuments {
  constructor(
    private readonly index: ReadonlyMap<string, DocumentModel>,
    private readonly self: DocumentModel,
  ) {}

  get size(): number {
    return this.index.size - (this.index.get(this.self.digest) === this.self ? 1 : 0);
  }

  get(digest: string): DocumentModel | undefined {
    const document = this.index.get(digest);
    return document === this.self ? undefined : document;
  }

  *values(): Iterable<DocumentModel> {
    for (const document of this.index.values()) if (document !== this.self) yield document;
  }
}

function buildReport(document: DocumentModel, diagnostics: ValidationDiagnostic[]): ValidationReport {
  diagnostics.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return {
    kind: document.kind,
    kindSource: document.kindSource,
    mediaType: document.mediaType,
    digest: document.digest,
    size: document.bytes.length,
    valid: !diagnostics.some((diagnostic) => diagnostic.severity === "error"),
    diagnostics,
  };
}
