/**
 * Options of validateDocument / validateDocuments (contract §2 `ValidateOptions`, extended).
 */
import type { Diagnostic, Report, Severity } from "../report.js";
import type { Expectation } from "../documents/detect.js";
import type { DocumentInput, Sha256Sync } from "../documents/document.js";
import type { DocumentLimits } from "../documents/limits.js";
import type { KindSource } from "../documents/model.js";
import type { Fix } from "../rules/rule.js";

/** "off" silences a rule; a severity replaces the rule's own. */
export type RuleSetting = "off" | Severity;

/** Another document given for cross-checks: its bytes (or text) and, optionally, what it is meant to be. */
export type RelatedInput = DocumentInput | { bytes: DocumentInput; expect?: Expectation };

export type ValidateOptions = {
  /**
   * What the caller knows the document is meant to be: a Kind, or a media type (a descriptor's mediaType, a
   * Content-Type; parameters are ignored). Without it the kind is detected.
   */
  expect?: Expectation;
  /** Per rule key (or catalogue id): "off" or a severity. Unknown keys throw. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Reader and size limits; unspecified ones keep their defaults. */
  limits?: Partial<DocumentLimits>;
  /** Documents to cross-check against (a manifest's config, an index's manifests), by their content. */
  related?: readonly RelatedInput[];
  /**
   * A faster synchronous sha256 than the pure default (e.g. node:crypto in the CLI): returns `sha256:<hex>` of
   * exactly the bytes given. Used for the validated and related documents' digests.
   */
  sha256?: Sha256Sync;
};

export type ValidationDiagnostic = Diagnostic & { fix?: Fix };

export type ValidationReport = Report & {
  /** How the kind was decided; "shape" means guessed from the members. */
  kindSource: KindSource;
  diagnostics: ValidationDiagnostic[];
};
