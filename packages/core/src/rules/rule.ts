/**
 * The shape of a validation rule. Each rule of the catalogue (shared/spec/rules.md) is one small module
 * exporting one `Rule`: its metadata (key, severity, formats, summary, docs, source) and its check. The
 * rule reference page, SARIF rule metadata, editor hovers and quick fixes are generated from these objects.
 */
import type { Kind, Range, Severity } from "../report.js";
import type { DocumentModel } from "../documents/model.js";
import type { JsonNode } from "../json/node.js";
import type { DocumentLimits } from "../documents/limits.js";

/** Format codes of the catalogue (rules.md § Format codes). */
export type FormatCode = "JSON" | "OM" | "OI" | "OC" | "OD" | "OL" | "DM" | "DL" | "DC" | "S1" | "DD";

/** A mechanical fix: text edits against the document's text, applied together. */
export type Fix = { title: string; edits: Array<{ range: Range; text: string }> };

export type Finding = {
  message: string;
  /** Where: a node of the document (preferred), or a pointer that is resolved to its node's range. */
  node?: JsonNode;
  pointer?: string;
  /** Overrides the node's range, e.g. to underline only a member name. */
  range?: Range;
  fix?: Fix;
  /** A rule may lower or raise its severity for one finding (e.g. a hazard that is only a warning here). */
  severity?: Severity;
};

/** Other documents given together (a layout, a registry fetch, several files), by their sha256 digest. */
export interface RelatedDocuments {
  get(digest: string): DocumentModel | undefined;
  values(): Iterable<DocumentModel>;
  readonly size: number;
}

export interface RuleContext {
  readonly document: DocumentModel;
  readonly related: RelatedDocuments;
  /** The limits of this run (options.limits over the defaults). */
  readonly limits: DocumentLimits;
  report(finding: Finding): void;
}

export interface Rule {
  /** Catalogue id, e.g. "R20"; rules beyond the catalogue use "X" ids. */
  readonly id: string;
  /** Stable key, e.g. "desc.size-nonnegative". */
  readonly key: string;
  readonly severity: Severity;
  /** Catalogue format codes the rule applies to. */
  readonly formats: readonly FormatCode[];
  /** Document kinds the check runs on ("unknown" never runs kind-specific rules). */
  readonly kinds: readonly Kind[];
  /** One line, shown in problem lists and SARIF `shortDescription`. */
  readonly summary: string;
  /** Longer explanation in our own words (Markdown), shown in hovers and the reference page. */
  readonly docs: string;
  /** Upstream spec section or source file the rule comes from. */
  readonly source: string;
  /**
   * True for the few rules that judge the bytes themselves (BOM, UTF-8, syntax, limits) and so run even when
   * there is no tree; every other rule only runs on a parsed document.
   */
  readonly runsWithoutTree?: boolean;
  check(context: RuleContext): void;
}
