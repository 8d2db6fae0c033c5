import type { Rule } from "../rule.js";
import { descriptorsOf, DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import { contentMismatches } from "./content-match.js";
import { referencedDocument } from "./referenced.js";

export const contentDigestRule: Rule = {
  id: "R75",
  key: "xref.content-digest",
  severity: "error",
  formats: ["OL", "OD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Bytes supplied for a descriptor must have exactly its size and digest.",
  docs:
    "A descriptor identifies bytes, not a JSON value: the content it points at must be exactly `size` bytes " +
    "long and hash to `digest`. When that content is given with the document (a blob of an image layout, a " +
    "registry response, another file), ocilens compares. Pretty-printing, minifying, re-ordering keys, " +
    "converting LF to CRLF or adding a BOM all change the bytes, and so the size and digest; tools that " +
    "store or copy content MUST NOT do that. The fix writes the size or digest of the bytes that were " +
    "supplied. (Embedded `data` is compared by desc.data-matches.)",
  source:
    "image-spec descriptor.md § Verification; image-layout.md § Blobs; considerations.md § Extensibility",
  check(context) {
    for (const descriptor of descriptorsOf(context.document)) {
      const referenced = referencedDocument(context, descriptor.node);
      if (!referenced) continue;
      for (const mismatch of contentMismatches(descriptor.node, referenced.bytes, () => referenced.digest)) {
        context.report({
          node: mismatch.node,
          message:
            mismatch.field === "size"
              ? `size is ${mismatch.declared}, but the referenced content is ${mismatch.actual} bytes long.`
              : `The content supplied for ${mismatch.declared} hashes to ${mismatch.actual}: the bytes were changed (re-serialised, CRLF, BOM?) or belong to another blob.`,
          fix: mismatch.fix,
        });
      }
    }
  },
};
