/**
 * The entries of an index as the tree holds them (for positions) side by side with how platform selection
 * reads them (platforms/entries.ts: platform, attestation, zstd annotation), so index rules judge entries
 * exactly as the engines see them.
 */
import type { DocumentModel } from "../../documents/model.js";
import { getMember, isArray, isObject, toPlainValue } from "../../json/access.js";
import type { JsonObject } from "../../json/node.js";
import { readIndex, type IndexEntry } from "../../platforms/entries.js";

export type IndexEntryNode = { node: JsonObject; entry: IndexEntry };

export function indexEntriesOf(document: DocumentModel): IndexEntryNode[] {
  const manifests = getMember(document.root, "manifests");
  if (!isArray(manifests) || document.root === null) return [];
  const { entries } = readIndex(toPlainValue(document.root));
  const found: IndexEntryNode[] = [];
  manifests.items.forEach((node, position) => {
    if (isObject(node)) found.push({ node, entry: entries[position]! });
  });
  return found;
}
