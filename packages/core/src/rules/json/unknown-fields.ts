import { KINDS } from "../../report.js";
import { childPointer } from "../../json/access.js";
import { undefinedMembersOf } from "../../documents/fields.js";
import type { Rule } from "../rule.js";

export const unknownFields: Rule = {
  id: "R6",
  key: "json.unknown-fields",
  severity: "info",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "Members the format does not define are ignored, never rejected.",
  docs:
    "The specifications tell implementations to ignore properties they do not know, so an extra member never " +
    "makes a document invalid. ocilens lists them as information, because a misspelt field (`layer` for " +
    "`layers`) looks the same. Names that differ from a defined field only in letter case are reported by " +
    "json.case-variant-keys instead.",
  source:
    "image-spec considerations.md § Extensibility; config.md § Properties ('MUST NOT generate an error'); annotations.md § Rules",
  check(context) {
    for (const { object, member, caseVariantOf } of undefinedMembersOf(context.document)) {
      if (caseVariantOf) continue; // json.case-variant-keys
      const what = object.what;
      context.report({
        message: `"${member.name}" is not a member of ${what === "descriptor" || what === "platform" ? `a ${what}` : `the ${what} format`}; it is ignored.`,
        pointer: childPointer(object.node.pointer, member.name),
        range: member.nameRange,
      });
    }
  },
};
