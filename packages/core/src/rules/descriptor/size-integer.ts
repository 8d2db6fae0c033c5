import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import { integerOfLiteral, integralValueOf, isIntegerLiteral } from "../../json/numbers.js";
import type { JsonNode } from "../../json/node.js";
import { replaceValue } from "../edits.js";
import type { Fix, Rule } from "../rule.js";
import { descriptorSizes } from "./sizes.js";

/** The integer literal a wrongly written size clearly means (`"42"`, `42.0`, `4.2e1`), if any. */
function intendedInteger(node: JsonNode): string | undefined {
  if (node.type === "string") return integerOfLiteral(node.value)?.toString();
  if (node.type === "number") return integralValueOf(node)?.toString();
  return undefined;
}

export const sizeInteger: Rule = {
  id: "R19",
  key: "desc.size-integer",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "`size` is a JSON integer literal: no string, null, fraction or exponent.",
  docs:
    '`size` is an int64. Go refuses `1.0` and `1e3` for it, and a string such as `"1470"` is not a number ' +
    "at all, although JavaScript coerces it. When the intended integer is unambiguous the fix writes it as " +
    "a plain integer literal.",
  source:
    "image-spec descriptor.md § Properties (size int64); schema/content-descriptor.json; schema/descriptor_test.go",
  check(context) {
    for (const node of descriptorSizes(context.document)) {
      if (node.type === "number" && isIntegerLiteral(node.raw)) continue;
      const written =
        node.type === "number" ? node.raw : node.type === "string" ? JSON.stringify(node.value) : node.type;
      const intended = intendedInteger(node);
      const fix: Fix | undefined = intended
        ? { title: `Write the size as ${intended}`, edits: [replaceValue(node, intended)] }
        : undefined;
      context.report({
        message: `"size" must be a JSON integer literal; ${written} is ${node.type === "number" ? "written with a fraction or exponent" : `a ${node.type}`}.`,
        node,
        fix,
      });
    }
  },
};
