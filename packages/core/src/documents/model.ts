/**
 * A document as every rule sees it: exact bytes, decoded text, the position-aware tree and what kind of
 * document it is (and how that was decided).
 */
import type { Kind } from "../report.js";
import type { JsonNode } from "../json/node.js";
import type { LineIndex } from "../json/positions.js";
import type { ReadIssue } from "../json/read.js";
import type { ReaderLeads } from "../json/strict-tree.js";
import type { Sha256Sync } from "./document.js";

/** How the kind was decided. Security-relevant decisions never rest on "shape" (a guess). */
export type KindSource = "mediaType" | "expected" | "shape" | "none";

export interface DocumentModel {
  readonly bytes: Uint8Array;
  /** The bytes decoded as UTF-8; node offsets and ranges refer to this text. */
  readonly text: string;
  /** sha256 over the exact bytes. */
  readonly digest: string;
  /** The sha256 that gave `digest` (the caller's, or the pure default), for rules that hash other bytes. */
  readonly sha256: Sha256Sync;
  /** What reading the bytes found wrong (BOM, UTF-8, syntax, limits); the json.* rules report these. */
  readonly readIssues: readonly ReadIssue[];
  /** Offsets of `text` to line/column positions. */
  readonly lines: LineIndex;
  /** The tree, or null when the bytes are not one JSON text. */
  readonly root: JsonNode | null;
  /**
   * What JSON.parse returns for the text, when the reader built it beside the tree (plain strict JSON);
   * undefined otherwise. Read it through plainValueOf (documents/plain-value.ts), which covers both cases.
   */
  readonly parsedValue: unknown;
  /**
   * The objects and numbers the reader flagged for json.duplicate-keys and json.number-precision, when the fast
   * path read the document; undefined otherwise, and those rules then look at every node (documents/nodes.ts).
   */
  readonly readerLeads: ReaderLeads | undefined;
  readonly kind: Kind;
  readonly kindSource: KindSource;
  /** The document's own top-level `mediaType` when it is a string, else null. */
  readonly mediaType: string | null;
  /** The node at an RFC 6901 pointer (for duplicate members, the last one, as Go and JSON.parse read it). */
  nodeAt(pointer: string): JsonNode | undefined;
  /** Answers of the per-document memoised walkers (documents/memo.ts), by slot. */
  readonly memo: unknown[];
}
