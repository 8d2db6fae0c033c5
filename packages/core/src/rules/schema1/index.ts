/** Docker schema 1 (legacy) rules: detection and the signed-payload digest (R105–R106). */
import type { Rule } from "../rule.js";
import { schema1DetectedRule } from "./detected.js";
import { schema1SignedDigestRule } from "./signed-digest.js";

export const schema1Rules: readonly Rule[] = [schema1DetectedRule, schema1SignedDigestRule];
