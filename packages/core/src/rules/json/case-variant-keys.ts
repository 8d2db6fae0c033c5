import { KINDS } from "../../report.js";
import { childPointer } from "../../json/access.js";
import { undefinedMembersOf } from "../../documents/fields.js";
import type { Rule } from "../rule.js";

export const caseVariantKeys: Rule = {
  id: "R7",
  key: "json.case-variant-keys",
  severity: "warning",
  formats: ["JSON"],
  kinds: KINDS,
  summary:
    "A member name that equals a defined field except for letter case is read differently by Go and others.",
  docs:
    "Go's encoding/json binds `MediaType`, `LAYERS` or `Annotations` to the fields `mediaType`, `layers`, " +
    "`annotations` (an exact match is preferred, a case-insensitive one accepted); case-sensitive parsers " +
    "ignore them. Go-based registries and clients therefore act on members other tools never see. The " +
    "security-relevant variants (`manifests` in a manifest, `config`/`layers` in an index) are errors under " +
    "the ambiguity rules om.no-manifests and oi.no-config-layers.",
  source:
    "Go encoding/json Unmarshal (case-insensitive field matching); containers/image internal/manifest/common.go",
  check(context) {
    for (const { object, member, caseVariantOf: field } of undefinedMembersOf(context.document)) {
      if (!field) continue;
      context.report({
        message: `"${member.name}" differs from the ${object.what} field "${field}" only in letter case: Go reads it as "${field}", case-sensitive parsers ignore it.`,
        pointer: childPointer(object.node.pointer, member.name),
        range: member.nameRange,
      });
    }
  },
};
