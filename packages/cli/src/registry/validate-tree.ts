/**
 * Validates everything a registry walk fetched, together (so descriptors are cross-checked against the
 * documents they name), adds R111 where the Content-Type disagrees with a document's mediaType, and turns
 * children that could not be fetched or verified into failing entries of the same report.
 */
import { checkContentType, contentTypeEssence, readDocument, validateDocuments } from "@ocilens/core";
import { sha256Sync } from "../io/sha256-sync.js";
import { fileReport, type FileReport } from "@ocilens/core";
import { distinctNodes, type FetchedNode } from "./fetch-tree.js";

const START = { line: 1, column: 1 };

function expectationOf(node: FetchedNode): string | undefined {
  const declared = node.descriptor?.mediaType;
  if (typeof declared === "string") return declared;
  // The root has no parent: what the registry said it is stands in for the descriptor.
  return contentTypeEssence(node.document?.contentType) ?? undefined;
}

function failedFetch(node: FetchedNode & { error: NonNullable<FetchedNode["error"]> }): FileReport {
  const mediaType = typeof node.descriptor?.mediaType === "string" ? node.descriptor.mediaType : null;
  const size = typeof node.descriptor?.size === "number" ? node.descriptor.size : 0;
  return {
    path: node.name,
    kind: "unknown",
    mediaType,
    digest: node.digest,
    size,
    valid: false,
    diagnostics: [
      {
        rule: node.error.rule,
        severity: "error",
        message: node.error.message,
        pointer: "",
        range: { start: START, end: START },
      },
    ],
  };
}

/** A report for every node; nodes naming the same document share one. */
export function validateTree(nodes: readonly FetchedNode[]): Map<FetchedNode, FileReport> {
  const fetched = distinctNodes(nodes).filter((node) => node.document !== undefined);
  const reports = validateDocuments(
    fetched.map((node) => ({ name: node.name, bytes: node.document!.bytes, expect: expectationOf(node) })),
    { sha256: sha256Sync },
  );
  const byNode = new Map<FetchedNode, FileReport>();
  fetched.forEach((node, position) => {
    const report = fileReport(node.name, reports[position]!);
    const contentType = node.document!.contentType;
    if (
      node.role !== "config" &&
      report.mediaType !== null &&
      contentTypeEssence(contentType) !== report.mediaType
    ) {
      const finding = checkContentType(readDocument(node.document!.bytes), contentType);
      if (finding) {
        report.diagnostics.push(finding);
        report.valid &&= finding.severity !== "error";
      }
    }
    byNode.set(node, report);
  });
  const byName = new Map([...byNode.values()].map((report) => [report.path, report]));
  for (const node of nodes) {
    if (node.error) byNode.set(node, failedFetch(node as Parameters<typeof failedFetch>[0]));
    else if (!byNode.has(node)) byNode.set(node, byName.get(node.name)!);
  }
  return byNode;
}
