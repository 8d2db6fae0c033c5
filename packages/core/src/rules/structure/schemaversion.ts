import { getMember, isObject } from "../../json/access.js";
import { integralValueOf } from "../../json/numbers.js";
import type { JsonNode } from "../../json/node.js";
import { replaceValue } from "../edits.js";
import type { Rule } from "../rule.js";

/** Whether a wrong schemaVersion clearly means 2 (`"2"`, `2.0`), so rewriting it is mechanical. */
function meansTwo(node: JsonNode): boolean {
  if (node.type === "string") return node.value.trim() === "2";
  return node.type === "number" && integralValueOf(node) === 2n;
}

export const schemaVersion: Rule = {
  id: "R46",
  key: "top.schemaversion",
  severity: "error",
  formats: ["OM", "OI", "DM", "DL"],
  kinds: ["oci-manifest", "oci-index", "docker-manifest", "docker-manifest-list"],
  summary: "`schemaVersion` is required and is the JSON integer 2.",
  docs:
    'Manifests and indexes (OCI and Docker schema 2) carry `"schemaVersion": 2`, written as the integer 2: ' +
    'not the string `"2"` and not `2.0`, which Go refuses to decode into an int. Any other number is ' +
    "another format (1 is legacy schema 1, reported by s1.detected).",
  source:
    "image-spec manifest.md, image-index.md (schemaVersion MUST be 2); schema/image-manifest-schema.json",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const node = getMember(root, "schemaVersion");
    if (!node) {
      context.report({
        message: '"schemaVersion" is missing; it must be 2.',
        node: root,
      });
      return;
    }
    if (node.type === "number" && node.raw === "2") return; // the one integer literal that writes 2
    const written =
      node.type === "number" ? node.raw : node.type === "string" ? JSON.stringify(node.value) : node.type;
    context.report({
      message: `"schemaVersion" must be the integer 2, not ${written}.`,
      node,
      fix: meansTwo(node)
        ? { title: "Write schemaVersion as 2", edits: [replaceValue(node, "2")] }
        : undefined,
    });
  },
};
