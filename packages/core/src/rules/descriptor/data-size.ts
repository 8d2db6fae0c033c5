import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { descriptorData } from "./string-members.js";

/** Above this many base64 characters (about 12 KiB of content) embedding stops being "small". */
export const LARGE_DATA_CHARACTERS = 16 * 1024;

export const dataSize: Rule = {
  id: "R26",
  key: "desc.data-size",
  severity: "warning",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Embed only small content in `data`.",
  docs:
    "Embedded data inflates the manifest, and registries and clients are only expected to handle manifests of " +
    "about 4 MiB. ocilens warns when one `data` value exceeds 16 KiB of base64 (the spec gives no number; " +
    "this leaves room for hundreds of descriptors).",
  source: "image-spec descriptor.md § Embedded Content; distribution-spec spec.md § Pushing Manifests",
  check(context) {
    for (const { node } of descriptorData(context.document)) {
      if (node.value.length <= LARGE_DATA_CHARACTERS) continue;
      context.report({
        message: `"data" holds ${node.value.length} base64 characters; embed only small content (at most ${LARGE_DATA_CHARACTERS}).`,
        node,
      });
    }
  },
};
