import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import { INT64_MAX, integerOfLiteral } from "../../json/numbers.js";
import type { Rule } from "../rule.js";
import { descriptorSizes } from "./sizes.js";

export const sizeInt64: Rule = {
  id: "R21",
  key: "desc.size-int64",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "`size` fits a signed 64-bit integer (at most 9223372036854775807).",
  docs:
    "Go decodes `size` into an int64 and fails above 2^63-1. The schema writes the bound as " +
    "9223372036854776000, which a double-based validator reads as 2^63, so `9223372036854775808` passes " +
    "JSON-schema checks yet breaks Go clients. ocilens compares the literal exactly.",
  source: "image-spec descriptor.md § Properties (size int64); Go encoding/json int64 overflow",
  check(context) {
    for (const node of descriptorSizes(context.document)) {
      // Up to 18 digits is always below 2^63-1; only longer literals need the exact (BigInt) comparison.
      if (node.type !== "number" || node.raw.length < 19) continue;
      const value = integerOfLiteral(node.raw);
      if (value === undefined || value <= INT64_MAX) continue;
      context.report({ message: `"size" ${node.raw} exceeds the int64 maximum 9223372036854775807.`, node });
    }
  },
};
