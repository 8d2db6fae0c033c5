/**
 * Exact reading of number literals. Doubles round large integers, so integer-ness and bounds (int64 sizes,
 * schemaVersion) are judged from the literal text the reader keeps.
 */
import type { JsonNumber } from "./node.js";

const INTEGER_LITERAL = /^-?(0|[1-9][0-9]*)$/;

/** Whether a literal writes an integer without fraction or exponent (`12`, `-3`; not `1.0`, `1e3`). */
export function isIntegerLiteral(raw: string): boolean {
  return INTEGER_LITERAL.test(raw);
}

/** The exact integer a literal writes without fraction or exponent (`12`, `-3`), or undefined (`1.0`, `1e3`). */
export function integerOfLiteral(raw: string): bigint | undefined {
  return isIntegerLiteral(raw) ? BigInt(raw) : undefined;
}

/** The exact integer value of a number written with a fraction or exponent (`1.0`, `1e3`), if it is one. */
export function integralValueOf(node: JsonNumber): bigint | undefined {
  const exact = integerOfLiteral(node.raw);
  if (exact !== undefined) return exact;
  return Number.isSafeInteger(node.value) ? BigInt(node.value) : undefined;
}

export const INT64_MAX = 2n ** 63n - 1n;
export const MAX_SAFE_INTEGER = BigInt(Number.MAX_SAFE_INTEGER);
