/**
 * The document as JSON.parse would return it, read once per document and shared by everything that works on
 * plain values (the schema check, platform selection of index entries). Nobody may mutate it.
 */
import { toPlainValue } from "../json/access.js";
import { memoizedByDocument } from "./memo.js";
import type { DocumentModel } from "./model.js";

export const plainValueOf: (document: DocumentModel) => unknown = memoizedByDocument((document) =>
  // A document the reader found nothing wrong with is plain JSON: the native parser gives the same value faster.
  document.root === null
    ? null
    : document.readIssues.length === 0
      ? (JSON.parse(document.text) as unknown)
      : toPlainValue(document.root),
);
