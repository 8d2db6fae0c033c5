/**
 * JUnit XML, the way conftest and kubeconform write it: one testsuite per file and one testcase per
 * (file, rule), covering every rule that applies to the file's kind plus any rule that reported on it. A
 * testcase fails when one of its findings is at or above the fail level; lesser findings go to system-out.
 */
import { RULES, type Diagnostic, type FileReport, type FilesReport, type Severity } from "@ocilens/core";
import { fails } from "./report.js";

export type JunitOptions = { failLevel: Severity };

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest are escaped.
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function renderJunit(report: FilesReport, options: JunitOptions): string {
  const suites = report.files.map((file) => renderSuite(file, options.failLevel));
  const tests = suites.reduce((sum, suite) => sum + suite.tests, 0);
  const failures = suites.reduce((sum, suite) => sum + suite.failures, 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="ocilens" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map((suite) => suite.xml),
    `</testsuites>`,
    "",
  ].join("\n");
}

function renderSuite(
  file: FileReport,
  failLevel: Severity,
): { xml: string; tests: number; failures: number } {
  const applicable = RULES.filter((rule) => rule.kinds.includes(file.kind));
  const byRule = new Map<string, Diagnostic[]>(applicable.map((rule) => [rule.key, []]));
  for (const diagnostic of file.diagnostics) {
    const findings = byRule.get(diagnostic.rule);
    if (findings) findings.push(diagnostic);
    else byRule.set(diagnostic.rule, [diagnostic]);
  }
  let failures = 0;
  const cases = [...byRule].map(([rule, findings]) => {
    const failing = findings.filter((finding) => fails(finding.severity, failLevel));
    const open = `    <testcase name="${escapeXml(rule)}" classname="${escapeXml(file.path)}"`;
    if (findings.length === 0) return `${open}/>`;
    const details = findings.map(describe).join("\n");
    if (failing.length === 0)
      return `${open}>\n      <system-out>${escapeXml(details)}</system-out>\n    </testcase>`;
    failures += 1;
    const first = failing[0]!;
    return `${open}>\n      <failure message="${escapeXml(first.message)}" type="${first.severity}">${escapeXml(details)}</failure>\n    </testcase>`;
  });
  const xml = [
    `  <testsuite name="${escapeXml(file.path)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    `  </testsuite>`,
  ].join("\n");
  return { xml, tests: cases.length, failures };
}

function describe(diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.range.start;
  const at = diagnostic.pointer ? ` at ${diagnostic.pointer}` : "";
  return `${diagnostic.severity} ${line}:${column}${at}: ${diagnostic.message}`;
}
