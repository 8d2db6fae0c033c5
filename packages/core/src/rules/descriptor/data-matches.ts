import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { contentMismatches } from "../cross-document/content-match.js";
import { base64Problem, decodeBase64 } from "./base64.js";
import { descriptorData } from "./string-members.js";

export const dataMatches: Rule = {
  id: "R25",
  key: "desc.data-matches",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Embedded `data` is the referenced content: its length is `size` and its hash is `digest`.",
  docs:
    "Clients may use `data` instead of fetching the blob, so it must be exactly the content the descriptor " +
    "names. ocilens decodes it and compares the length with `size` and, for sha256, sha512 and blake3, the " +
    "hash with `digest` (unregistered algorithms cannot be verified). A digest that is not written in its " +
    "algorithm's form (such as `sha256:ABC`) is not compared: the digest rules already report it, and it " +
    "could not match any content. The comparison is the one xref.content-digest makes for supplied blobs.",
  source: "image-spec descriptor.md § Properties (data: 'MUST be identical to the referenced content')",
  check(context) {
    for (const { ref, node } of descriptorData(context.document)) {
      if (base64Problem(node.value)) continue;
      const bytes = decodeBase64(node.value);
      // Reported at `data`: whether the data or the descriptor is wrong cannot be told, so there is no fix.
      for (const mismatch of contentMismatches(ref.node, bytes, context.document.sha256)) {
        context.report({
          node,
          message:
            mismatch.field === "size"
              ? `"data" decodes to ${mismatch.actual} bytes but "size" is ${mismatch.declared}.`
              : `"data" hashes to ${mismatch.actual}, not to the descriptor's digest ${mismatch.declared}.`,
        });
      }
    }
  },
};
