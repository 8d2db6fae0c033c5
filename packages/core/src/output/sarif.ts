/**
 * SARIF 2.1.0 for a files report: one run, the rules that fired with their metadata (from the rule
 * modules), one result per finding. Where a path points is the caller's business (`locate`): the CLI makes
 * it repository-relative, the playground keeps document names. Pure, so both print the same bytes.
 */
import { findRule } from "../rules/registry.js";
import type { Severity } from "../report.js";
import type { FilesReport } from "./file-report.js";

export const PROJECT_URL = "https://github.com/ocilens/ocilens";
const RULES_PAGE = `${PROJECT_URL}/blob/main/docs/rules.md`;

/** GitHub's heading anchor for a rule's heading (the key): lower case, punctuation other than `-` dropped. */
export function ruleDocsUrl(key: string): string {
  return `${RULES_PAGE}#${key
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-")}`;
}

/**
 * A file path as a SARIF location: a URI reference with each segment percent-encoded (a `%`, `#` or `:` in a
 * file name would otherwise change its meaning), and an absolute path as a `file://` URI.
 */
export function fileUri(path: string): string {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return path.startsWith("/") ? `file://${encoded}` : encoded;
}

type Level = "error" | "warning" | "note";
const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "note" };

/** Where a report path is: a file (`uri`), and the path inside an archive when the finding is about an archived file. */
export type SarifLocation = { file: string; inner: string | null };

export type SarifOptions = {
  toolVersion: string;
  /** null when the path is no file a viewer can open (standard input). */
  locate: (path: string) => SarifLocation | null;
};

type ReportingDescriptor = Record<string, unknown> & { id: string };

export function renderSarif(report: FilesReport, options: SarifOptions): string {
  const keys = [...new Set(report.files.flatMap((file) => file.diagnostics.map((d) => d.rule)))].sort();
  const results = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => {
      const location = options.locate(file.path);
      const inside = location?.inner ? `${location.inner}: ` : "";
      const result: Record<string, unknown> = {
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
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ocilens",
            version: options.toolVersion,
            informationUri: PROJECT_URL,
            rules: keys.map(describeRule),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function describeRule(key: string): ReportingDescriptor {
  const rule = findRule(key);
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
