import type { Rule } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { describeJsonType } from "./json-type.js";
import { missingMember } from "./missing-member.js";

export const rootfsRule: Rule = {
  id: "R78",
  key: "oc.rootfs",
  severity: "error",
  formats: ["OC", "DC"],
  kinds: ["oci-config", "docker-config"],
  summary: "`rootfs` is required: an object with `type` and `diff_ids`.",
  docs:
    "`rootfs` ties the config to the layers of the image: `type` says how to read them and `diff_ids` lists " +
    "the digest of each layer's uncompressed content, base layer first. Both members are REQUIRED, and so is " +
    "`rootfs` itself (it may not be `null`: it is not OPTIONAL).",
  source: "image-spec config.md § rootfs (REQUIRED); schema/config-schema.json",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const member = memberOf(root, "rootfs");
    if (!member) {
      context.report(missingMember(root, "rootfs"));
      return;
    }
    const rootfs = member.value;
    if (!isObject(rootfs)) {
      context.report({
        node: rootfs,
        message: `\`rootfs\` must be an object, not ${describeJsonType(rootfs)}.`,
      });
      return;
    }
    for (const name of ["type", "diff_ids"]) {
      if (!memberOf(rootfs, name))
        context.report(missingMember(rootfs, name, `\`rootfs.${name}\` is required but missing.`));
    }
  },
};
