import { KINDS } from "../../report.js";
import { childPointer } from "../../json/access.js";
import type { JsonMember } from "../../json/node.js";
import { nodesOf } from "../../documents/nodes.js";
import type { Rule } from "../rule.js";

/** Members whose name appeared earlier in the same object. A scan for small objects, a set for large ones. */
function repeatedMembers(members: readonly JsonMember[]): JsonMember[] {
  const repeated: JsonMember[] = [];
  if (members.length <= 16) {
    for (let index = 1; index < members.length; index++) {
      const name = members[index]!.name;
      for (let earlier = 0; earlier < index; earlier++) {
        if (members[earlier]!.name === name) {
          repeated.push(members[index]!);
          break;
        }
      }
    }
    return repeated;
  }
  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member.name)) repeated.push(member);
    else seen.add(member.name);
  }
  return repeated;
}

export const duplicateKeys: Rule = {
  id: "R4",
  key: "json.duplicate-keys",
  severity: "error",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "No object may contain the same member name twice.",
  docs:
    '`{"mediaType": A, …, "mediaType": B}` means B to Go, JavaScript and Python (last wins), is rejected by ' +
    "serde-based Rust (oci-spec-rs) and means A to first-wins parsers: the same bytes, different documents. " +
    'Names are compared after decoding escapes, so `"\\u006danifests"` duplicates `"manifests"`. Every ' +
    "repetition after the first is reported at its name.",
  source:
    "image-spec considerations.md § JSON ('Objects MUST NOT contain duplicate names'); annotations.md § Rules",
  check(context) {
    const { document } = context;
    for (const node of document.readerLeads?.objectsWithRepeatedNames ?? nodesOf(document)) {
      if (node.type !== "object") continue;
      for (const member of repeatedMembers(node.members)) {
        context.report({
          message: `"${member.name}" appears more than once in this object; Go and JSON.parse use the last value, other parsers the first or fail.`,
          pointer: childPointer(node.pointer, member.name),
          range: member.nameRange,
        });
      }
    }
  },
};
