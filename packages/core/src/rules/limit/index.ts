/** Reader and size limits (beyond the catalogue: XL ids). */
import type { Rule } from "../rule.js";
import { depth } from "./depth.js";
import { documentSize } from "./document-size.js";
import { members } from "./members.js";
import { stringLength } from "./string-length.js";
import { values } from "./values.js";

export const limitRules: readonly Rule[] = [documentSize, depth, members, values, stringLength];
