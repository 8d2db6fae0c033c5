import type { Rule } from "../rule.js";
import { getMember } from "../../json/access.js";
import { describeJsonType } from "./json-type.js";

export const rootfsTypeRule: Rule = {
  id: "R79",
  key: "oc.rootfs-type",
  severity: "error",
  formats: ["OC"],
  kinds: ["oci-config"],
  summary: "`rootfs.type` must be the string `layers`.",
  docs:
    "`layers` is the only value the spec defines for `rootfs.type`, and implementations MUST error on any " +
    "other value when they verify or unpack the image (go-containerregistry's `validate.Image` does). The fix " +
    "writes `layers`.",
  source:
    "image-spec config.md § rootfs.type; schema/config-schema.json enum; go-containerregistry pkg/v1/validate/image.go",
  check(context) {
    const type = getMember(getMember(context.document.root ?? undefined, "rootfs"), "type");
    if (!type || (type.type === "string" && type.value === "layers")) return;
    context.report({
      node: type,
      message:
        type.type === "string"
          ? `\`rootfs.type\` is "${type.value}"; the only defined value is "layers".`
          : `\`rootfs.type\` must be the string "layers", not ${describeJsonType(type)}.`,
      fix: { title: 'Set rootfs.type to "layers"', edits: [{ range: type.range, text: '"layers"' }] },
    });
  },
};
