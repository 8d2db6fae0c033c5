import type { Rule } from "../rule.js";
import { getMember } from "../../json/access.js";
import { describeJsonType } from "./json-type.js";

export const diffIdsRule: Rule = {
  id: "R80",
  key: "oc.diff-ids",
  severity: "error",
  formats: ["OC", "DC"],
  kinds: ["oci-config", "docker-config"],
  summary: "`rootfs.diff_ids` must be an array of digest strings.",
  docs:
    "`rootfs.diff_ids` lists, base layer first, the digest of each layer's uncompressed tar stream (the " +
    '"DiffID"), written in the descriptor digest format. This rule checks that it is an array of strings; ' +
    "each string is then judged by the digest rules (digest.grammar, digest.sha256, …) exactly like a " +
    "descriptor digest.",
  source: "image-spec config.md § Layer DiffID and § rootfs.diff_ids; schema/config-schema.json",
  check(context) {
    const diffIds = getMember(getMember(context.document.root ?? undefined, "rootfs"), "diff_ids");
    if (!diffIds) return;
    if (diffIds.type !== "array") {
      context.report({
        node: diffIds,
        message: `\`rootfs.diff_ids\` must be an array of digests, not ${describeJsonType(diffIds)}.`,
      });
      return;
    }
    for (const item of diffIds.items) {
      if (item.type !== "string")
        context.report({
          node: item,
          message: `Each diff_id must be a digest string, not ${describeJsonType(item)}.`,
        });
    }
  },
};
