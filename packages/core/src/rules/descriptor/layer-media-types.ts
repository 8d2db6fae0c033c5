/** The layers of a manifest whose `mediaType` is a string, with that string's node: what layer-type rules judge. */
import { descriptorsOf, type DescriptorRef } from "../../documents/descriptors.js";
import type { DocumentModel } from "../../documents/model.js";
import { getMember, isString } from "../../json/access.js";
import type { JsonString } from "../../json/node.js";

export function layerMediaTypesOf(
  document: DocumentModel,
): Array<{ descriptor: DescriptorRef; mediaType: JsonString }> {
  const found: Array<{ descriptor: DescriptorRef; mediaType: JsonString }> = [];
  for (const descriptor of descriptorsOf(document)) {
    if (descriptor.role !== "layer") continue;
    const mediaType = getMember(descriptor.node, "mediaType");
    if (isString(mediaType)) found.push({ descriptor, mediaType });
  }
  return found;
}
