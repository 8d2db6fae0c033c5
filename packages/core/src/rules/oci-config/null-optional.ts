import type { Rule } from "../rule.js";
import { isObject } from "../../json/access.js";
import { optionalMembers } from "./fields.js";

export const nullOptionalRule: Rule = {
  id: "R84",
  key: "oc.null-optional",
  severity: "info",
  formats: ["OC"],
  kinds: ["oci-config"],
  summary: "An OPTIONAL config member set to `null` means the same as leaving it out.",
  docs:
    'The config format lets any OPTIONAL member be `null`, with the meaning "absent" (real Docker Hub configs ' +
    'carry `"Cmd": null`). The published schema is stricter for a few members: it types the top-level `config` ' +
    'and `history` as non-null, so the reference validator rejects `"config": null` that the prose allows. ' +
    "ocilens follows the prose and accepts it; this note marks each such `null`.",
  source:
    "image-spec config.md § Properties note; schema/config-schema.json oneOf null; schema/backwards_compatibility_test.go (fedora config with null Cmd/Entrypoint)",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    for (const { member } of optionalMembers(root)) {
      if (member.value.type === "null") {
        context.report({
          node: member.value,
          message: `\`${member.name}\` is null, which means the same as absent.`,
        });
      }
    }
  },
};
