/**
 * The entries of an index as the tree holds them (for positions) side by side with how platform selection
 * reads them (platforms/entries.ts: platform, attestation, zstd annotation), so index rules judge entries
 * exactly as the engines see them.
 */
import type { DocumentModel } from "../../documents/model.js";
import { memoizedByDocument } from "../../documents/memo.js";
import { plainValueOf } from "../../documents/plain-value.js";
import { getMember, isArray, isObject } from "../../json/access.js";
import type { JsonObject } from "../../json/node.js";
import { readIndex, type IndexEntry } from "../../platforms/entries.js";

export type IndexEntryNode = { node: JsonObject; entry: IndexEntry };

/** Read once per document: eight rules go through the entries of the same index. */
export const indexEntriesOf: (document: DocumentModel) => readonly IndexEntryNode[] = memoizedByDocument(
  (document) => {
    const manifests = getMember(document.root, "manifests");
    if (!isArray(manifests) || document.root === null) return [];
    const { entries } = readIndex(plainValueOf(document));
    const found: IndexEntryNode[] = [];
    manifests.items.forEach((node, position) => {
      if (isObject(node)) found.push({ node, entry: entries[position]! });
    });
    return found;
  },
);
