import type { Rule } from "../rule.js";
import { getMember, isArray, isObject } from "../../json/access.js";
import { describeJsonType } from "../oci-config/json-type.js";

export const ociIndexEntryDescriptorRule: Rule = {
  id: "R66",
  key: "oi.entry-descriptor",
  severity: "error",
  formats: ["OI"],
  kinds: ["oci-index"],
  summary: "Every `manifests[]` entry must be a descriptor object.",
  docs:
    "Each entry of `manifests` is a descriptor: an object with `mediaType`, `digest` and `size`, optionally " +
    "`platform`, `annotations` and the other descriptor members. Entries that are not objects (strings, " +
    "numbers, `null`) are reported here; the members of object entries are judged by the descriptor, " +
    "digest and platform rules.",
  source: "image-spec image-index.md § manifests; schema/image-index-schema.json; schema/imageindex_test.go",
  check(context) {
    const manifests = getMember(context.document.root, "manifests");
    if (!isArray(manifests)) return;
    for (const item of manifests.items) {
      if (isObject(item)) continue;
      context.report({
        node: item,
        message: `Each entry of \`manifests\` must be a descriptor object, not ${describeJsonType(item)}.`,
      });
    }
  },
};
