/** String entries of descriptor members (`urls[]`, `data`), with the descriptor they belong to. */
import { descriptorsOf, type DescriptorRef } from "../../documents/descriptors.js";
import { memoizedByDocument } from "../../documents/memo.js";
import type { DocumentModel } from "../../documents/model.js";
import { getMember, isArray, isString } from "../../json/access.js";
import type { JsonString } from "../../json/node.js";

type DescriptorString = { ref: DescriptorRef; node: JsonString };

export const descriptorUrls: (document: DocumentModel) => readonly DescriptorString[] = memoizedByDocument(
  (document) =>
    descriptorsOf(document).flatMap((ref) => {
      const urls = getMember(ref.node, "urls");
      return isArray(urls) ? urls.items.filter(isString).map((node) => ({ ref, node })) : [];
    }),
);

export const descriptorData: (document: DocumentModel) => readonly DescriptorString[] = memoizedByDocument(
  (document) =>
    descriptorsOf(document).flatMap((ref) => {
      const data = getMember(ref.node, "data");
      return isString(data) ? [{ ref, node: data }] : [];
    }),
);
