import { KINDS } from "../../report.js";
import { integerOfLiteral, MAX_SAFE_INTEGER } from "../../json/numbers.js";
import { nodesOf } from "../../documents/nodes.js";
import type { Rule } from "../rule.js";

/** True when a double cannot hold the literal exactly (integers beyond 2^53-1, or overflow to infinity). */
export function exceedsDoublePrecision(raw: string, value: number): boolean {
  if (!Number.isFinite(value)) return true;
  // Rounding is monotonic and 2^53 is a double, so a literal beyond 2^53-1 never reads as a safe value: only
  // values outside the safe range need the exact (BigInt) look at the literal.
  if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) return false;
  const integer = integerOfLiteral(raw);
  return integer !== undefined && (integer > MAX_SAFE_INTEGER || integer < -MAX_SAFE_INTEGER);
}

export const numberPrecision: Rule = {
  id: "R5",
  key: "json.number-precision",
  severity: "warning",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "Numbers should be exactly representable as IEEE-754 doubles (integers up to 2^53-1).",
  docs:
    "JavaScript and other double-based parsers round integers above 9007199254740991: `9007199254740993` " +
    "becomes `9007199254740992`, so tools disagree about the value. ocilens keeps the literal text and judges " +
    "it exactly; this warning says the number will not survive other tools.",
  source:
    "image-spec considerations.md § JSON ('Numbers SHOULD be limited to IEEE 754 double precision'); RFC 7493 § 2.2",
  check(context) {
    const { document } = context;
    for (const node of document.readerLeads?.unsafeNumbers ?? nodesOf(document)) {
      if (node.type !== "number" || !exceedsDoublePrecision(node.raw, node.value)) continue;
      const rounded = Number.isFinite(node.value) ? String(BigInt(node.value)) : String(node.value);
      context.report({
        message: `${node.raw} is not exactly representable as a double; double-based parsers read ${rounded}.`,
        node,
      });
    }
  },
};
