/** The `size` values of all descriptors, for the size rules. */
import { descriptorsOf } from "../../documents/descriptors.js";
import type { DocumentModel } from "../../documents/model.js";
import { getMember } from "../../json/access.js";
import type { JsonNode } from "../../json/node.js";

export function descriptorSizes(document: DocumentModel): JsonNode[] {
  return descriptorsOf(document).flatMap((ref) => getMember(ref.node, "size") ?? []);
}
