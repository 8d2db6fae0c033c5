/**
 * Top-level members whose name matches one of `names` ignoring letter case. Go's encoding/json binds
 * `"Manifests"` or `"LAYERS"` to the struct field, so the ambiguity checks must see them too (hazard H2);
 * names are compared after decoding, so `"\u006danifests"` is `manifests` (hazard H3).
 */
import { isObject } from "../../json/access.js";
import type { JsonMember } from "../../json/node.js";
import type { DocumentModel } from "../../documents/model.js";

export function membersNamedIgnoringCase(document: DocumentModel, names: readonly string[]): JsonMember[] {
  const root = document.root;
  if (!isObject(root)) return [];
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return root.members.filter((member) => wanted.has(member.name.toLowerCase()));
}

/** How a member name is shown in a message: as decoded, plus the spelling in the document when it differs. */
export function describeMemberName(member: JsonMember): string {
  const written = member.rawName.slice(1, -1);
  return written === member.name ? `"${member.name}"` : `"${member.name}" (written ${member.rawName})`;
}
