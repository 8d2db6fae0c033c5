/**
 * Bytes (or a string, encoded as UTF-8) → DocumentModel: read the JSON, hash the exact bytes, decide the kind.
 */
import { digestBytesSync } from "../bytes/digest.js";
import { getString, nodeAtPointer } from "../json/access.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../json/limits.js";
import { readJson } from "../json/read.js";
import { detectKind, type Expectation } from "./detect.js";
import type { DocumentModel } from "./model.js";

export type DocumentInput = string | Uint8Array;

/** `sha256:<hex>` of exactly these bytes, computed synchronously. */
export type Sha256Sync = (bytes: Uint8Array) => string;

export type ReadDocumentOptions = { expect?: Expectation; limits?: ReadLimits; sha256?: Sha256Sync };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A string is validated as its UTF-8 encoding (what a file or HTTP body holding that text contains), so the
 * digest and size are those of the encoded bytes. Lone surrogates cannot be encoded: they become U+FFFD
 * (one UTF-16 unit, so positions stay the same) and are reported as json.utf8.
 */
export function readDocument(input: DocumentInput, options: ReadDocumentOptions = {}): DocumentModel {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const read = readJson(bytes, options.limits ?? DEFAULT_READ_LIMITS);
  if (typeof input === "string") {
    for (const match of input.matchAll(LONE_SURROGATE)) {
      const unit = match[0].charCodeAt(0).toString(16).toUpperCase();
      read.issues.push({
        rule: "json.utf8",
        message: `The input string holds a lone surrogate U+${unit}, which has no UTF-8 encoding; it was encoded as U+FFFD.`,
        start: match.index,
        end: match.index + 1,
        range: read.lines.range(match.index, match.index + 1),
      });
    }
  }
  const { kind, kindSource } = detectKind(read.root, options.expect);
  const mediaType = getString(read.root, "mediaType") ?? null;
  const root = read.root;
  const sha256 = options.sha256 ?? digestBytesSync;
  return {
    bytes,
    text: read.text,
    digest: sha256(bytes),
    sha256,
    readIssues: read.issues,
    lines: read.lines,
    root,
    parsedValue: read.value,
    readerLeads: read.leads,
    kind,
    kindSource,
    mediaType,
    nodeAt: (pointer) => nodeAtPointer(root, pointer),
    memo: [],
  };
}
