import { DESCRIPTOR_KINDS, descriptorsOf } from "../../documents/descriptors.js";
import { getMember, isArray } from "../../json/access.js";
import type { JsonNode } from "../../json/node.js";
import { describeJsonType } from "../oci-config/json-type.js";
import type { Rule } from "../rule.js";

/**
 * Expected JSON type of each optional member. `annotations` and `platform` are not here: an annotation map
 * or a platform of another type is annot.string-map's or platform.required's (as the schema files them), so
 * it is reported once.
 */
const EXPECTED: ReadonlyArray<{ member: string; type: JsonNode["type"]; described: string }> = [
  { member: "urls", type: "array", described: "an array" },
  { member: "data", type: "string", described: "a string" },
  { member: "artifactType", type: "string", described: "a string" },
];

export const fieldTypes: Rule = {
  id: "R27",
  key: "desc.field-types",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Optional descriptor members have their defined JSON types.",
  docs:
    "`urls` is an array of strings, `data` and `artifactType` strings. A wrongly typed member makes Go " +
    "clients fail to decode the whole document while JavaScript tools carry on, so tools disagree. " +
    "`annotations` that is not an object is reported as annot.string-map, and `platform` that is not an " +
    "object as platform.required: the rules for those members.",
  source:
    "image-spec descriptor.md § Properties; schema/content-descriptor.json; schema/image-index-schema.json",
  check(context) {
    for (const ref of descriptorsOf(context.document)) {
      for (const { member, type, described } of EXPECTED) {
        const value = getMember(ref.node, member);
        if (!value || value.type === type) continue;
        context.report({
          message: `"${member}" must be ${described}, not ${describeJsonType(value)}.`,
          node: value,
        });
      }
      const urls = getMember(ref.node, "urls");
      if (!isArray(urls)) continue;
      for (const item of urls.items) {
        if (item.type !== "string")
          context.report({
            message: `"urls" entries must be strings, not ${describeJsonType(item)}.`,
            node: item,
          });
      }
    }
  },
};
