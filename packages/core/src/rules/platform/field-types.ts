import type { Rule } from "../rule.js";
import { memberOf } from "../../json/access.js";
import type { JsonNode } from "../../json/node.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { PLATFORM_DESCRIPTOR_KINDS, platformSitesOf } from "./sites.js";

const STRING_FIELDS = ["os.version", "variant"] as const;
const STRING_ARRAY_FIELDS = ["os.features", "features"] as const;

export const platformFieldTypesRule: Rule = {
  id: "R30",
  key: "platform.field-types",
  severity: "error",
  formats: ["OI", "DL", "OD"],
  kinds: PLATFORM_DESCRIPTOR_KINDS,
  summary: "`os.version` and `variant` must be strings; `os.features` and `features` arrays of strings.",
  docs:
    "The optional platform members have fixed JSON types: `os.version` and `variant` are strings, " +
    "`os.features` is an array of strings, and so is `features` where it appears (Docker manifest lists " +
    "define it as CPU features; OCI reserves it). Go-based clients fail to decode any other type, so the " +
    "whole index becomes unreadable to them. (In image configs these members are checked by the config rules.)",
  source:
    "image-spec image-index.md § platform; schema/image-index-schema.json; distribution manifest/manifestlist/manifestlist.go PlatformSpec",
  check(context) {
    const wrong = (node: JsonNode, what: string) =>
      context.report({ node, message: `${what}, not ${describeJsonType(node)}.` });
    for (const { object } of platformSitesOf(context.document)) {
      for (const name of STRING_FIELDS) {
        const field = memberOf(object, name);
        if (field && field.value.type !== "string")
          wrong(field.value, `\`platform.${name}\` must be a string`);
      }
      for (const name of STRING_ARRAY_FIELDS) {
        const field = memberOf(object, name);
        if (!field) continue;
        if (field.value.type !== "array") {
          wrong(field.value, `\`platform.${name}\` must be an array of strings`);
          continue;
        }
        for (const item of field.value.items) {
          if (item.type !== "string") wrong(item, `Each entry of \`platform.${name}\` must be a string`);
        }
      }
    }
  },
};
