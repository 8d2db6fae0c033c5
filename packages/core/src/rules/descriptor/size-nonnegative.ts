import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { descriptorSizes } from "./sizes.js";

export const sizeNonnegative: Rule = {
  id: "R20",
  key: "desc.size-nonnegative",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "`size` is not negative.",
  docs:
    "A negative size describes no content. image-spec main forbids it outright; v1.1.1's schema allowed it, " +
    "and the index schema's `manifests[].size` still does, so schema-only validators miss it in index entries. " +
    "A size of 0 (the empty blob) is allowed.",
  source:
    "image-spec descriptor.md § Properties ('The size MUST NOT be negative'); schema/defs-descriptor.json",
  check(context) {
    for (const node of descriptorSizes(context.document)) {
      if (node.type !== "number" || !(node.value < 0)) continue;
      context.report({ message: `"size" is ${node.raw}; a size must not be negative.`, node });
    }
  },
};
