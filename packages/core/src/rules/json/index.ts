/** JSON encoding and parsing (R1–R7). */
import type { Rule } from "../rule.js";
import { bom } from "./bom.js";
import { caseVariantKeys } from "./case-variant-keys.js";
import { duplicateKeys } from "./duplicate-keys.js";
import { numberPrecision } from "./number-precision.js";
import { unknownFields } from "./unknown-fields.js";
import { utf8 } from "./utf8.js";
import { wellformed } from "./wellformed.js";

export const jsonRules: readonly Rule[] = [
  wellformed,
  utf8,
  bom,
  duplicateKeys,
  numberPrecision,
  unknownFields,
  caseVariantKeys,
];
