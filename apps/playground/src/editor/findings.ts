/**
 * Core findings → Monaco: markers at the exact range with the rule key, hovers with the rule's docs, and
 * quick fixes (code actions) that apply the core's mechanical edits. Nothing is decided here; every
 * finding, range and edit comes from the core's report.
 */
import type { Range, ValidationDiagnostic as Finding } from "@ocilens/core";
import type { Monaco } from "./monaco.js";
import type { editor, IDisposable, IRange, languages } from "monaco-editor/editor/editor.api";

export const MARKER_OWNER = "ocilens";

export function toMonacoRange(range: Range): IRange {
  return {
    startLineNumber: range.start.line,
    startColumn: range.start.column,
    endLineNumber: range.end.line,
    endColumn: range.end.column,
  };
}

export function toMarkers(monaco: Monaco, findings: readonly Finding[]): editor.IMarkerData[] {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  return findings.map((finding) => ({
    ...toMonacoRange(finding.range),
    severity: severity[finding.severity],
    message: finding.message,
    code: finding.rule,
    source: "ocilens",
  }));
}

function contains(range: Range, line: number, column: number): boolean {
  const afterStart = line > range.start.line || (line === range.start.line && column >= range.start.column);
  const beforeEnd = line < range.end.line || (line === range.end.line && column <= range.end.column);
  return afterStart && beforeEnd;
}

function overlaps(range: Range, other: IRange): boolean {
  const startsBeforeOtherEnds =
    range.start.line < other.endLineNumber ||
    (range.start.line === other.endLineNumber && range.start.column <= other.endColumn);
  const endsAfterOtherStarts =
    range.end.line > other.startLineNumber ||
    (range.end.line === other.startLineNumber && range.end.column >= other.startColumn);
  return startsBeforeOtherEnds && endsAfterOtherStarts;
}

export type FindingSource = {
  /** Findings of the document a model shows. */
  findingsOf(model: editor.ITextModel): readonly Finding[];
  /** Markdown explaining a rule (summary, docs, spec link), or null for an unknown key. */
  ruleHelp(rule: string): string | null;
};

/** Registers the hover and quick-fix providers for JSON models; dispose to remove them. */
export function registerFindingProviders(monaco: Monaco, source: FindingSource): IDisposable[] {
  const hover = monaco.languages.registerHoverProvider("json", {
    provideHover(model, position) {
      const here = source
        .findingsOf(model)
        .filter((finding) => contains(finding.range, position.lineNumber, position.column));
      const contents = [...new Set(here.map((finding) => finding.rule))]
        .map((rule) => source.ruleHelp(rule))
        .filter((help): help is string => help !== null)
        .map((value) => ({ value, isTrusted: false, supportHtml: false }));
      return contents.length > 0 ? { contents } : null;
    },
  });
  const quickFixes = monaco.languages.registerCodeActionProvider(
    "json",
    {
      provideCodeActions(model, range, context) {
        const actions: languages.CodeAction[] = source
          .findingsOf(model)
          .filter((finding) => finding.fix && overlaps(finding.range, range))
          .map((finding) => ({
            title: finding.fix!.title,
            kind: "quickfix",
            isPreferred: true,
            diagnostics: context.markers.filter(
              (marker) => marker.code === finding.rule && marker.startLineNumber === finding.range.start.line,
            ),
            edit: {
              edits: finding.fix!.edits.map((edit) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: { range: toMonacoRange(edit.range), text: edit.text },
              })),
            },
          }));
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ["quickfix"] },
  );
  return [hover, quickFixes];
}
