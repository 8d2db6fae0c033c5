/**
 * Top-level members whose name matches one of `names` ignoring letter case. Go's encoding/json binds
 * `"Manifests"` or `"LAYERS"` to the struct field, so the ambiguity checks must see them too (hazard H2);
 * names are compared after decoding, so `"\u006danifests"` is `manifests` (hazard H3).
 */
import { isObject } from "../../json/access.js";
import type { JsonMember } from "../../json/node.js";
import { memoizedByDocument } from "../../documents/memo.js";
import type { DocumentModel } from "../../documents/model.js";

/** The top-level member names in lower case, by position: three rules ask, so each name is folded once. */
const lowerCaseTopLevelNames = memoizedByDocument((document) =>
  isObject(document.root) ? document.root.members.map((member) => member.name.toLowerCase()) : [],
);

/** `names` must be given in lower case. */
export function membersNamedIgnoringCase(document: DocumentModel, names: readonly string[]): JsonMember[] {
  const root = document.root;
  if (!isObject(root)) return [];
  const found: JsonMember[] = [];
  lowerCaseTopLevelNames(document).forEach((name, position) => {
    if (names.includes(name)) found.push(root.members[position]!);
  });
  return found;
}

/** How a member name is shown in a message: as decoded, plus the spelling in the document when it differs. */
export function describeMemberName(member: JsonMember): string {
  const written = member.rawName.slice(1, -1);
  return written === member.name ? `"${member.name}"` : `"${member.name}" (written ${member.rawName})`;
}
