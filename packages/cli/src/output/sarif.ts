/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, the rules that fired with their
 * metadata (from the core's rule modules), one result per finding with a repository-relative location.
 */
import type { Severity } from "@ocilens/core";
import type * as Sarif from "sarif";
import packageJson from "../../package.json" with { type: "json" };
import { artifactLocation } from "./locations.js";
import { PROJECT_URL, ruleByKey, ruleDocsUrl } from "./rule-docs.js";
import type { CliReport } from "./report.js";

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: "error",
  warning: "warning",
  info: "note",
};

export type SarifOptions = { cwd: string; root: string };

export function renderSarif(report: CliReport, options: SarifOptions): string {
  const keys = [...new Set(report.files.flatMap((file) => file.diagnostics.map((d) => d.rule)))].sort();
  const rules = keys.map(describeRule);
  const results: Sarif.Result[] = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => {
      const location = artifactLocation(file.path, options.cwd, options.root);
      const inside = location?.inner ? `${location.inner}: ` : "";
      const result: Sarif.Result = {
        ruleId: diagnostic.rule,
        ruleIndex: keys.indexOf(diagnostic.rule),
        level: LEVEL[diagnostic.severity],
        message: { text: `${inside}${diagnostic.message}` },
      };
      if (location) {
        const { start, end } = diagnostic.range;
        result.locations = [
          {
            physicalLocation: {
              artifactLocation: { uri: location.file },
              // A region inside an archived file would point at the wrong bytes of the archive.
              ...(location.inner === null
                ? {
                    region: {
                      startLine: start.line,
                      startColumn: start.column,
                      endLine: end.line,
                      endColumn: end.column,
                    },
                  }
                : {}),
            },
            ...(diagnostic.pointer
              ? { logicalLocations: [{ fullyQualifiedName: diagnostic.pointer, kind: "member" }] }
              : {}),
          },
        ];
      }
      return result;
    }),
  );
  const log: Sarif.Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ocilens",
            version: packageJson.version,
            informationUri: PROJECT_URL,
            rules,
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function describeRule(key: string): Sarif.ReportingDescriptor {
  const rule = ruleByKey(key);
  if (!rule) return { id: key, helpUri: ruleDocsUrl(key) };
  return {
    id: rule.key,
    name: rule.id,
    shortDescription: { text: stripMarkdown(rule.summary) },
    fullDescription: { text: stripMarkdown(rule.docs) },
    help: {
      text: `${stripMarkdown(rule.docs)}\n\nSource: ${rule.source}`,
      markdown: `${rule.docs}\n\nSource: ${rule.source}`,
    },
    helpUri: ruleDocsUrl(rule.key),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["oci", ...rule.formats] },
  };
}

function stripMarkdown(text: string): string {
  return text.replace(/`/g, "");
}
