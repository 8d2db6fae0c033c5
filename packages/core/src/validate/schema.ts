/**
 * The JSON Schema check (schemas/) as part of the pipeline: its findings become diagnostics under the rule
 * keys it maps them to, with the same severity configuration as rule modules. Where a rule module already
 * reported the same rule at the same pointer, the module's finding is kept (its message says more).
 */
import type { DocumentModel } from "../documents/model.js";
import { plainValueOf } from "../documents/plain-value.js";
import { findRule } from "../rules/registry.js";
import { checkSchema } from "../schemas/index.js";
import type { ValidationDiagnostic } from "./options.js";
import type { RuleSettings } from "./rule-settings.js";
import { rangeOfPointer } from "./run-rules.js";

export function schemaDiagnostics(document: DocumentModel, settings: RuleSettings): ValidationDiagnostic[] {
  if (document.root?.type !== "object") return [];
  const diagnostics: ValidationDiagnostic[] = [];
  for (const finding of checkSchema(document.kind, plainValueOf(document))) {
    const severity = settings.severityOf(finding.rule, findRule(finding.rule)?.severity ?? "error");
    if (!severity) continue;
    diagnostics.push({
      rule: finding.rule,
      severity,
      message: finding.message,
      pointer: finding.pointer,
      range: rangeOfPointer(document, finding.pointer),
    });
  }
  return diagnostics;
}

/** `fromRules` plus the schema findings that no rule finding already covers (same rule and pointer). */
export function mergeSchemaDiagnostics(
  fromRules: ValidationDiagnostic[],
  fromSchema: ValidationDiagnostic[],
): ValidationDiagnostic[] {
  if (fromSchema.length === 0) return fromRules;
  const covered = new Set(fromRules.map((diagnostic) => `${diagnostic.rule}\u0000${diagnostic.pointer}`));
  const merged = [...fromRules];
  for (const diagnostic of fromSchema) {
    const key = `${diagnostic.rule}\u0000${diagnostic.pointer}`;
    if (covered.has(key)) continue;
    covered.add(key);
    merged.push(diagnostic);
  }
  return merged;
}
