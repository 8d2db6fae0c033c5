/** Media type strings (R14–R15). */
import type { Rule } from "../rule.js";
import { mediaTypeCase } from "./case.js";
import { syntax } from "./syntax.js";

export const mediaTypeRules: readonly Rule[] = [syntax, mediaTypeCase];
