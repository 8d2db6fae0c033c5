import type { Rule } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { missingMember } from "../oci-config/missing-member.js";
import { PLATFORM_DESCRIPTOR_KINDS, platformMembersOf } from "./sites.js";

export const platformRequiredRule: Rule = {
  id: "R29",
  key: "platform.required",
  severity: "error",
  formats: ["OI", "DL", "OD"],
  kinds: PLATFORM_DESCRIPTOR_KINDS,
  summary: "`platform`, when present, must be an object with string `architecture` and `os`.",
  docs:
    "A descriptor's `platform` says which machines the referenced image runs on; runtimes select an index " +
    "entry by it. When the member is present it must be an object (`null` is not), and both `architecture` " +
    "and `os` are REQUIRED strings inside it. The upstream schema test rejects an entry whose platform lacks " +
    "`architecture`.",
  source:
    "image-spec image-index.md § platform (architecture, os REQUIRED); schema/image-index-schema.json platform `required`; schema/imageindex_test.go (missing architecture)",
  check(context) {
    for (const { member } of platformMembersOf(context.document)) {
      const platform = member.value;
      if (!isObject(platform)) {
        context.report({
          node: platform,
          message: `\`platform\` must be an object with \`architecture\` and \`os\`, not ${describeJsonType(platform)}.`,
        });
        continue;
      }
      for (const name of ["architecture", "os"]) {
        const field = memberOf(platform, name);
        if (!field) {
          context.report(missingMember(platform, name, `\`platform.${name}\` is required but missing.`));
        } else if (field.value.type !== "string") {
          context.report({
            node: field.value,
            message: `\`platform.${name}\` must be a string, not ${describeJsonType(field.value)}.`,
          });
        }
      }
    }
  },
};
