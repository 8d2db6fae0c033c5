/**
 * The document as JSON.parse would return it, read once per document and shared by everything that works on
 * plain values (the schema check, platform selection of index entries). Nobody may mutate it.
 */
import { toPlainValue } from "../json/access.js";
import { memoizedByDocument } from "./memo.js";
import type { DocumentModel } from "./model.js";

export const plainValueOf: (document: DocumentModel) => unknown = memoizedByDocument((document) =>
  // The reader builds the value of plain strict JSON on its way; the rest (documents with read issues, which
  // the momoa path read) get it from the tree.
  document.root === null
    ? null
    : document.parsedValue !== undefined
      ? document.parsedValue
      : toPlainValue(document.root),
);
