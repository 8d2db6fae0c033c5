/**
 * Every node of a document in document order, collected once: the rules that look at all objects (duplicate
 * members) or all numbers (precision) share one walk instead of each running the walker again. Only documents
 * the fast reader did not read need it; for the others the reader's leads name the few nodes to look at.
 */
import type { JsonNode } from "../json/node.js";
import { collectNodes } from "../json/walk.js";
import { memoizedByDocument } from "./memo.js";
import type { DocumentModel } from "./model.js";

export const nodesOf: (document: DocumentModel) => readonly JsonNode[] = memoizedByDocument((document) =>
  collectNodes(document.root),
);
