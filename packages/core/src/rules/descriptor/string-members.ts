/** String entries of descriptor members (`urls[]`, `data`), with the descriptor they belong to. */
import { descriptorsOf, type DescriptorRef } from "../../documents/descriptors.js";
import type { DocumentModel } from "../../documents/model.js";
import { getMember, isArray, isString } from "../../json/access.js";
import type { JsonString } from "../../json/node.js";

export function descriptorUrls(document: DocumentModel): Array<{ ref: DescriptorRef; node: JsonString }> {
  return descriptorsOf(document).flatMap((ref) => {
    const urls = getMember(ref.node, "urls");
    return isArray(urls) ? urls.items.filter(isString).map((node) => ({ ref, node })) : [];
  });
}

export function descriptorData(document: DocumentModel): Array<{ ref: DescriptorRef; node: JsonString }> {
  return descriptorsOf(document).flatMap((ref) => {
    const data = getMember(ref.node, "data");
    return isString(data) ? [{ ref, node: data }] : [];
  });
}
