/** The `size` values of all descriptors, for the size rules. */
import { descriptorsOf } from "../../documents/descriptors.js";
import { memoizedByDocument } from "../../documents/memo.js";
import type { DocumentModel } from "../../documents/model.js";
import { getMember } from "../../json/access.js";
import type { JsonNode } from "../../json/node.js";

export const descriptorSizes: (document: DocumentModel) => readonly JsonNode[] = memoizedByDocument(
  (document) => {
    const sizes: JsonNode[] = [];
    for (const ref of descriptorsOf(document)) {
      const size = getMember(ref.node, "size");
      if (size) sizes.push(size);
    }
    return sizes;
  },
);
