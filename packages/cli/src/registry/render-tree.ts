/**
 * The text view of `inspect`: the fetched documents as a tree (index → manifests → configs), each line
 * with its platform, kind, size and verdict, and its diagnostics right under it.
 */
import type { FetchedNode } from "./fetch-tree.js";
import type { FileReport } from "@ocilens/core";

const ATTESTATION = "attestation-manifest";

function platformLabel(platform: unknown): string | undefined {
  if (platform === null || typeof platform !== "object") return undefined;
  const { os, architecture, variant } = platform as Record<string, unknown>;
  const parts = [os, architecture, variant].filter(
    (part): part is string => typeof part === "string" && part !== "",
  );
  return parts.length > 0 ? parts.join("/") : undefined;
}

function label(node: FetchedNode): string {
  const annotations = node.descriptor?.annotations as Record<string, unknown> | undefined;
  if (annotations?.["vnd.docker.reference.type"] === ATTESTATION) {
    const subject = annotations["vnd.docker.reference.digest"];
    return `attestation${typeof subject === "string" ? ` of ${subject.slice(0, 19)}…` : ""}`;
  }
  if (node.role === "config") return "config";
  return platformLabel(node.descriptor?.platform) ?? (node.position === undefined ? "" : "(no platform)");
}

function verdict(report: FileReport): string {
  if (!report.valid) return "INVALID";
  const warnings = report.diagnostics.filter((d) => d.severity === "warning").length;
  return warnings > 0 ? `valid, ${warnings} warning${warnings === 1 ? "" : "s"}` : "valid";
}

export function renderTree(root: FetchedNode, reports: ReadonlyMap<FetchedNode, FileReport>): string {
  const lines: string[] = [];
  const visit = (node: FetchedNode, prefix: string, childPrefix: string) => {
    const report = reports.get(node)!;
    const position = node.position === undefined ? "" : `[${node.position}] `;
    const name = label(node);
    lines.push(
      `${prefix}${position}${name ? `${name}  ` : ""}${report.path}  ${report.kind}  ${report.size} B  ${verdict(report)}`,
    );
    for (const diagnostic of report.diagnostics) {
      const where = `${diagnostic.range.start.line}:${diagnostic.range.start.column}`;
      lines.push(
        `${childPrefix}${node.children.length > 0 ? "│ " : "  "}  ${diagnostic.severity} ${diagnostic.rule} ${where} ${diagnostic.pointer || "(document)"}: ${diagnostic.message}`,
      );
    }
    node.children.forEach((child, index) => {
      const last = index === node.children.length - 1;
      visit(child, `${childPrefix}${last ? "└─ " : "├─ "}`, `${childPrefix}${last ? "   " : "│  "}`);
    });
  };
  visit(root, "", "");
  return `${lines.join("\n")}\n`;
}
