/**
 * An OCI image layout validated as a whole (rules R87–R92): the `oci-layout` file, `index.json`, every blob
 * hashed and sized, and every descriptor reachable from `index.json` resolved and validated (nested
 * indexes, manifests, configs) together, so the cross-document rules run across the layout.
 *
 * Pure: the folder, archive or dropped files come in through a LayoutReader. Only paths the reader listed
 * are read, a descriptor's digest must satisfy the grammar before it becomes a path, and declared sizes
 * are never trusted for allocation (documents are read with a byte limit, blobs are only streamed).
 */
import { digestBytesSync } from "../bytes/digest.js";
import { descriptorsOf } from "../documents/descriptors.js";
import { DEFAULT_READ_LIMITS } from "../json/limits.js";
import { kindOfMediaType } from "../documents/media-types.js";
import type { DocumentModel } from "../documents/model.js";
import { getMember, getString } from "../json/access.js";
import type { Diagnostic, Report } from "../report.js";
import type { Rule } from "../rules/rule.js";
import { blobPathRule } from "../rules/oci-layout/blob-path.js";
import { blobsDirRule } from "../rules/oci-layout/blobs-dir.js";
import { extraContentRule } from "../rules/oci-layout/extra-content.js";
import { indexJsonRule } from "../rules/oci-layout/index-json.js";
import { ociLayoutFileRule } from "../rules/oci-layout/oci-layout-file.js";
import { unsafeEntryRule } from "../rules/oci-layout/unsafe-entry.js";
import { documentSize } from "../rules/limit/document-size.js";
import { blobPathOf, parseBlobDigest } from "./blob-path.js";
import { contentDigestRule } from "../rules/cross-document/content-digest.js";
import type { ValidateOptions } from "../validate/options.js";
import { resolveRuleSettings, type RuleSettings } from "../validate/rule-settings.js";
import { documentReader, validateReadDocuments } from "../validate/validate.js";
import type { LayoutEntry, LayoutReader } from "./reader.js";
import { verifyBlobs, type BlobCheck } from "./verify-blobs.js";

/** A report for one file of the layout; `path` is relative to the layout root, "" for the layout itself. */
export type LayoutFileReport = Report & { path: string };

export type LayoutReport = { files: LayoutFileReport[]; blobs: BlobCheck[] };

export type LayoutOptions = Pick<ValidateOptions, "rules" | "limits" | "sha256"> & {
  /** Largest document (index, manifest, config) read from the layout; larger ones are not validated. */
  maxDocumentBytes?: number;
  /** Most documents followed from index.json, against layouts built to make a validator loop. */
  maxDocuments?: number;
};

const TOP_LEVEL_FILES = new Set(["oci-layout", "index.json"]);
const WHOLE_DOCUMENT = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

type Located = { document: number; pointer: string };

export async function validateLayout(
  reader: LayoutReader,
  options: LayoutOptions = {},
): Promise<LayoutReport> {
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_READ_LIMITS.maxBytes;
  const maxDocuments = options.maxDocuments ?? 10_000;
  const listing = await reader.list();
  const files = new Map(
    listing.entries.filter((entry) => entry.type === "file").map((entry) => [entry.path, entry]),
  );
  // Hashing starts now and runs while the documents are read and validated.
  const blobChecks = verifyBlobs(reader, listing.entries);

  const layoutFindings: Diagnostic[] = [];
  const addLayoutFinding = (rule: Rule, message: string) =>
    layoutFindings.push(wholeFileDiagnostic(rule, message));
  for (const refused of listing.refused)
    addLayoutFinding(unsafeEntryRule, `${refused.path}: ${refused.reason}; not read.`);
  if (!listing.entries.some((entry) => entry.path === "blobs" || entry.path.startsWith("blobs/"))) {
    addLayoutFinding(blobsDirRule, "The layout has no blobs/ directory.");
  }
  for (const entry of listing.entries) {
    if (entry.type === "file" && !TOP_LEVEL_FILES.has(entry.path) && !entry.path.startsWith("blobs/")) {
      addLayoutFinding(
        extraContentRule,
        `${entry.path} is not part of the image layout specification (allowed).`,
      );
    }
  }

  /** The documents read from the layout, and the path of each. */
  const models: DocumentModel[] = [];
  const paths: string[] = [];
  /** Findings the layout adds to a document's report (missing blobs, sizes), by document position. */
  const documentFindings = new Map<number, Diagnostic[]>();
  const addDocumentFinding = (at: Located, rule: Rule, message: string, severity = rule.severity) => {
    const node = models[at.document]!.nodeAt(at.pointer);
    appendTo(documentFindings, at.document, {
      rule: rule.key,
      severity,
      message,
      pointer: at.pointer,
      range: node?.range ?? WHOLE_DOCUMENT,
    });
  };
  const readDocument = documentReader(options);
  const addDocument = (path: string, bytes: Uint8Array, expect: string) => {
    paths.push(path);
    models.push(readDocument(bytes, expect));
    return models.length - 1;
  };

  const readTopLevel = async (path: string, rule: Rule, expect: string) => {
    if (!files.has(path)) {
      addLayoutFinding(rule, `The layout has no ${path} file.`);
      return;
    }
    const bytes = await reader.read(path, maxDocumentBytes);
    if (bytes === null)
      addLayoutFinding(documentSize, `${path} is larger than ${maxDocumentBytes} bytes; not read.`);
    else addDocument(path, bytes, expect);
  };
  await readTopLevel("oci-layout", ociLayoutFileRule, "oci-layout-header");
  await readTopLevel("index.json", indexJsonRule, "oci-index");

  /** Blob path → where it is referenced from, with the declared size and media type. */
  const references = new Map<string, Array<Located & { size: number | null; mediaType: string | null }>>();
  const documentPaths = new Set<string>();
  const indexJson = paths.indexOf("index.json");
  const queue = indexJson >= 0 ? [indexJson] : [];
  let truncated = false;
  while (queue.length > 0 && !truncated) {
    const from = queue.shift()!;
    for (const descriptor of descriptorsOf(models[from]!)) {
      const digest = parseBlobDigest(getString(descriptor.node, "digest") ?? "");
      if (!digest) continue; // the digest rules report it where it is written
      const path = blobPathOf(digest);
      const mediaType = getString(descriptor.node, "mediaType") ?? null;
      const sizeNode = getMember(descriptor.node, "size");
      const size =
        sizeNode?.type === "number" && Number.isSafeInteger(sizeNode.value) ? sizeNode.value : null;
      const at = { document: from, pointer: descriptor.node.pointer };
      appendTo(references, path, { ...at, size, mediaType });
      const entry = files.get(path);
      if (!entry) {
        addDocumentFinding(
          { document: from, pointer: `${at.pointer}/digest` },
          extraContentRule,
          `${path} is not in the layout (allowed: a referenced blob may be fetched from elsewhere).`,
        );
        continue;
      }
      const expect = mediaType !== null && kindOfMediaType(mediaType) !== undefined ? mediaType : null;
      if (expect === null || documentPaths.has(path)) continue;
      if (models.length >= maxDocuments) {
        addLayoutFinding(
          indexJsonRule,
          `More than ${maxDocuments} documents are reachable; the rest were not followed.`,
        );
        truncated = true;
        break;
      }
      documentPaths.add(path);
      const bytes = await reader.read(path, maxDocumentBytes);
      if (bytes === null) {
        addDocumentFinding(
          at,
          documentSize,
          `${path} is larger than ${maxDocumentBytes} bytes; it was not read.`,
        );
        continue;
      }
      queue.push(addDocument(path, bytes, expect));
    }
  }

  const reports = validateReadDocuments(models, options);
  const settings = resolveRuleSettings(options.rules);
  const blobs = await blobChecks;
  const documentAt = new Map(paths.map((path, position) => [path, position]));
  const blobFileReports: LayoutFileReport[] = [];
  for (const check of blobs) {
    const position = documentAt.get(check.path);
    const referencedFrom = references.get(check.path);
    const findings: Diagnostic[] = [];
    if (check.message !== null) {
      const severity = check.status === "unverifiable" ? "info" : "error";
      findings.push(wholeFileDiagnostic(blobPathRule, check.message, severity));
    }
    if (!referencedFrom && check.status !== "bad-path") {
      const message = `${check.path} is not referenced from index.json (allowed).`;
      findings.push(wholeFileDiagnostic(extraContentRule, message));
    }
    if (position !== undefined) {
      appendTo(documentFindings, position, ...findings);
      continue;
    }
    // Documents are compared by the cross-document rules (they are validated together); the sizes of other
    // blobs (layers) only the layout can see.
    for (const reference of referencedFrom ?? []) {
      if (reference.size !== null && reference.size !== check.size) {
        addDocumentFinding(
          { document: reference.document, pointer: `${reference.pointer}/size` },
          contentDigestRule,
          `The descriptor says ${reference.size} bytes; ${check.path} holds ${check.size}.`,
        );
      }
    }
    const report = withFindings(
      blobReport(check, referencedFrom?.[0]?.mediaType ?? null),
      findings,
      settings,
    );
    if (report.diagnostics.length > 0) blobFileReports.push(report);
  }

  const documentReports = reports.map(({ kind, mediaType, digest, size, diagnostics }, position) =>
    withFindings(
      { path: paths[position]!, kind, mediaType, digest, size, valid: true, diagnostics },
      documentFindings.get(position) ?? [],
      settings,
    ),
  );
  const layoutReport = withFindings(
    {
      path: "",
      kind: "oci-layout",
      mediaType: null,
      // A layout is identified by its index.json, as tools that copy layouts (skopeo, crane) treat it.
      digest: indexJson >= 0 ? models[indexJson]!.digest : digestBytesSync(new Uint8Array()),
      size: totalSize(listing.entries),
      valid: true,
      diagnostics: [],
    },
    layoutFindings,
    settings,
  );
  return { files: [layoutReport, ...documentReports, ...blobFileReports], blobs };
}

/** A blob that is not a document gets a report of its own only when something is wrong with it. */
function blobReport(check: BlobCheck, mediaType: string | null): LayoutFileReport {
  return {
    path: check.path,
    kind: "unknown",
    mediaType,
    digest: check.digest ?? check.claimed ?? "",
    size: check.size,
    valid: true,
    diagnostics: [],
  };
}

function wholeFileDiagnostic(rule: Rule, message: string, severity = rule.severity): Diagnostic {
  return { rule: rule.key, severity, message, pointer: "", range: WHOLE_DOCUMENT };
}

/** The report with the layout's findings added, each at its configured severity (or dropped when off). */
function withFindings(
  report: LayoutFileReport,
  findings: Diagnostic[],
  settings: RuleSettings,
): LayoutFileReport {
  const configured = findings.flatMap((finding) => {
    const severity = settings.severityOf(finding.rule, finding.severity);
    return severity ? [{ ...finding, severity }] : [];
  });
  const diagnostics = [...report.diagnostics, ...configured];
  return {
    ...report,
    diagnostics,
    valid: !diagnostics.some((diagnostic) => diagnostic.severity === "error"),
  };
}

function totalSize(entries: readonly LayoutEntry[]): number {
  return entries.reduce((sum, entry) => sum + (entry.type === "file" ? entry.size : 0), 0);
}

/** Appends to the list of `key`, creating it: a copy per append made thousands of references to one blob quadratic. */
function appendTo<K, V>(lists: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = lists.get(key);
  if (list) list.push(...values);
  else lists.set(key, values);
}
