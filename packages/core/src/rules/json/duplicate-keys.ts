import { KINDS } from "../../report.js";
import { childPointer } from "../../json/access.js";
import { walkNodes } from "../../json/walk.js";
import type { Rule } from "../rule.js";

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
    for (const node of walkNodes(context.document.root)) {
      if (node.type !== "object") continue;
      const seen = new Map<string, number>();
      for (const member of node.members) {
        const count = (seen.get(member.name) ?? 0) + 1;
        seen.set(member.name, count);
        if (count < 2) continue;
        context.report({
          message: `"${member.name}" appears more than once in this object; Go and JSON.parse use the last value, other parsers the first or fail.`,
          pointer: childPointer(node.pointer, member.name),
          range: member.nameRange,
        });
      }
    }
  },
};
