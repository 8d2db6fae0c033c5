/** The attestation entries of an index, with the tree nodes of their annotations for exact positions. */
import type { DocumentModel } from "../../documents/model.js";
import { memoizedByDocument } from "../../documents/memo.js";
import { getMember, isObject } from "../../json/access.js";
import type { JsonObject } from "../../json/node.js";
import { indexEntriesOf, type IndexEntryNode } from "../oci-index/entries.js";

export type AttestationEntry = IndexEntryNode & { annotations: JsonObject };

export const attestationEntriesOf: (document: DocumentModel) => readonly AttestationEntry[] =
  memoizedByDocument((document) => {
    const found: AttestationEntry[] = [];
    for (const item of indexEntriesOf(document)) {
      const annotations = getMember(item.node, "annotations");
      if (item.entry.attestation && isObject(annotations)) found.push({ ...item, annotations });
    }
    return found;
  });
