import type { Rule } from "../rule.js";
import { descriptorsOf } from "../../documents/descriptors.js";
import { getMember, getString, isString } from "../../json/access.js";
import type { JsonNode } from "../../json/node.js";
import { replaceValue } from "../edits.js";
import { EMPTY_DESCRIPTOR } from "./empty-blob.js";

/** What the empty descriptor's fields must be, as JSON, and how to tell whether a node is that. */
const EMPTY_BLOB_FIELDS: ReadonlyArray<
  [field: "digest" | "size" | "data", json: string, matches: (node: JsonNode) => boolean]
> = [
  [
    "digest",
    JSON.stringify(EMPTY_DESCRIPTOR.digest),
    (node) => isString(node) && node.value === EMPTY_DESCRIPTOR.digest,
  ],
  [
    "size",
    String(EMPTY_DESCRIPTOR.size),
    (node) => node.type === "number" && node.raw === String(EMPTY_DESCRIPTOR.size),
  ],
  [
    "data",
    JSON.stringify(EMPTY_DESCRIPTOR.data),
    (node) => isString(node) && node.value === EMPTY_DESCRIPTOR.data,
  ],
];

export const emptyDescriptorRule: Rule = {
  id: "R60",
  key: "om.empty-descriptor",
  severity: "warning",
  formats: ["OM", "OD"],
  kinds: ["oci-manifest", "oci-index", "oci-descriptor"],
  summary: "A descriptor of type `application/vnd.oci.empty.v1+json` should describe the two-byte blob `{}`.",
  docs:
    "The empty descriptor stands for the blob `{}`: digest " +
    `\`${EMPTY_DESCRIPTOR.digest}\`, size 2 and, when embedded, \`data\` \`e30=\`. Registries and clients ` +
    "special-case exactly these values (some never fetch the blob), so any other digest, size or data " +
    "under this media type points at content nobody expects. The quick fix writes the standard value.",
  source: "image-spec manifest.md § Guidance for an Empty Descriptor",
  check(context) {
    for (const descriptor of descriptorsOf(context.document)) {
      if (
        descriptor.family !== "oci" ||
        getString(descriptor.node, "mediaType") !== EMPTY_DESCRIPTOR.mediaType
      )
        continue;
      for (const [field, json, matches] of EMPTY_BLOB_FIELDS) {
        const node = getMember(descriptor.node, field);
        if (!node || matches(node)) continue;
        context.report({
          node,
          message: `The empty descriptor's ${field} should be ${json}, the ${field} of the blob \`{}\`.`,
          fix: { title: `Write ${field} ${json}`, edits: [replaceValue(node, json)] },
        });
      }
    }
  },
};
