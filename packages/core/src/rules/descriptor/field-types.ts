import { DESCRIPTOR_KINDS, descriptorsOf } from "../../documents/descriptors.js";
import { getMember, isArray } from "../../json/access.js";
import type { JsonNode } from "../../json/node.js";
import type { Rule } from "../rule.js";

/**
 * Expected JSON type of each optional member; a `null` platform belongs to platform.required. `annotations`
 * is not here: an annotation map of any other type is annot.string-map's (as the schema files it), so it is
 * reported once.
 */
const EXPECTED: ReadonlyArray<{ member: string; type: JsonNode["type"]; nullIsOtherRules?: boolean }> = [
  { member: "urls", type: "array" },
  { member: "data", type: "string" },
  { member: "artifactType", type: "string" },
  { member: "platform", type: "object", nullIsOtherRules: true },
];

const article = (type: JsonNode["type"]) =>
  type === "null" ? "null" : type === "array" || type === "object" ? `an ${type}` : `a ${type}`;

export const fieldTypes: Rule = {
  id: "R27",
  key: "desc.field-types",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Optional descriptor members have their defined JSON types.",
  docs:
    "`urls` is an array of strings, `data` and `artifactType` strings, `platform` an object. A wrongly typed " +
    "member makes Go clients fail to decode the whole document while JavaScript tools carry on, so tools " +
    "disagree. `annotations` that is not an object is reported as annot.string-map, the rule for annotation " +
    "maps.",
  source:
    "image-spec descriptor.md § Properties; schema/content-descriptor.json; schema/image-index-schema.json",
  check(context) {
    for (const ref of descriptorsOf(context.document)) {
      for (const { member, type, nullIsOtherRules } of EXPECTED) {
        const value = getMember(ref.node, member);
        if (!value || value.type === type || (nullIsOtherRules && value.type === "null")) continue;
        context.report({
          message: `"${member}" must be ${article(type)}, not ${article(value.type)}.`,
          node: value,
        });
      }
      const urls = getMember(ref.node, "urls");
      if (!isArray(urls)) continue;
      for (const item of urls.items) {
        if (item.type !== "string")
          context.report({
            message: `"urls" entries must be strings, not ${article(item.type)}.`,
            node: item,
          });
      }
    }
  },
};
