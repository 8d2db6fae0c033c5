/** String entries of descriptor members (`urls[]`, `data`), with the descriptor they belong to. */
import { descriptorsOf, type DescriptorRef } from "../../documents/descriptors.js";
import { memoizedByDocument } from "../../documents/memo.js";
import type { DocumentModel } from "../../documents/model.js";
import { getMember, isArray, isString } from "../../json/access.js";
import type { JsonString } from "../../json/node.js";

type DescriptorString = { ref: DescriptorRef; node: JsonString };

export const descriptorUrls: (document: DocumentModel) => readonly DescriptorString[] = memoizedByDocument(
  (document) => {
    const found: DescriptorString[] = [];
    for (const ref of descriptorsOf(document)) {
      const urls = getMember(ref.node, "urls");
      if (!isArray(urls)) continue;
      for (const node of urls.items) if (isString(node)) found.push({ ref, node });
    }
    return found;
  },
);

export const descriptorData: (document: DocumentModel) => readonly DescriptorString[] = memoizedByDocument(
  (document) => {
    const found: DescriptorString[] = [];
    for (const ref of descriptorsOf(document)) {
      const data = getMember(ref.node, "data");
      if (isString(data)) found.push({ ref, node: data });
    }
    return found;
  },
);
