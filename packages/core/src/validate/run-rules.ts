/**
 * Runs the rule modules on one document and turns their findings into diagnostics (severity from the
 * configuration, pointer and range resolved from the node or the pointer).
 */
import type { Range } from "../report.js";
import { nearestNode } from "../json/access.js";
import type { DocumentLimits } from "../documents/limits.js";
import type { DocumentModel } from "../documents/model.js";
import type { Finding, RelatedDocuments, Rule, RuleContext } from "../rules/rule.js";
import type { ValidationDiagnostic } from "./options.js";
import type { RuleSettings } from "./rule-settings.js";

export function runRules(
  document: DocumentModel,
  settings: RuleSettings,
  related: RelatedDocuments,
  limits: DocumentLimits,
): ValidationDiagnostic[] {
  const diagnostics: ValidationDiagnostic[] = [];
  // One context for all rules of this document; `report` attributes findings to the rule being run.
  let current: Rule | undefined;
  const context: RuleContext = {
    document,
    related,
    limits,
    report: (finding) => {
      const diagnostic = toDiagnostic(document, current!, finding, settings);
      if (diagnostic) diagnostics.push(diagnostic);
    },
  };
  for (const rule of settings.activeFor(document.kind)) {
    if (document.root === null && !rule.runsWithoutTree) continue;
    current = rule;
    rule.check(context);
  }
  return diagnostics;
}

function toDiagnostic(
  document: DocumentModel,
  rule: Rule,
  finding: Finding,
  settings: RuleSettings,
): ValidationDiagnostic | undefined {
  const severity = settings.severityOf(rule.key, finding.severity ?? rule.severity);
  if (!severity) return undefined;
  const pointer = finding.pointer ?? finding.node?.pointer ?? "";
  const diagnostic: ValidationDiagnostic = {
    rule: rule.key,
    severity,
    message: finding.message,
    pointer,
    range: finding.range ?? finding.node?.range ?? rangeOfPointer(document, pointer),
  };
  if (finding.fix) diagnostic.fix = finding.fix;
  return diagnostic;
}

/** The range of the node at `pointer`, or of its nearest existing ancestor (for absent members). */
export function rangeOfPointer(document: DocumentModel, pointer: string): Range {
  return nearestNode(document.root, pointer)?.range ?? document.lines.range(0, 0);
}
