import type { Rule } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { describeJsonType } from "../oci-config/json-type.js";
import { missingMember } from "../oci-config/missing-member.js";

export const dockerManifestConfigRule: Rule = {
  id: "R94",
  key: "dm.config",
  severity: "error",
  formats: ["DM"],
  kinds: ["docker-manifest"],
  summary: "`config` is required and must be a descriptor.",
  docs:
    "A Docker schema 2 manifest references its image config by a descriptor (`mediaType`, `size`, `digest`) " +
    "in `config`. The member is required; the descriptor's own members are checked by the descriptor rules.",
  source:
    "distribution docs/content/spec/manifest-v2-2.md (config); distribution manifest/schema2/manifest.go",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const member = memberOf(root, "config");
    if (!member) context.report(missingMember(root, "config"));
    else if (!isObject(member.value)) {
      context.report({
        node: member.value,
        message: `\`config\` must be a descriptor object, not ${describeJsonType(member.value)}.`,
      });
    }
  },
};
