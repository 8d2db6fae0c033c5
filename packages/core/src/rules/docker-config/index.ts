/** Docker image config rules (R103–R104); the members Docker shares with OCI are checked by the oc.* rules. */
import type { Rule } from "../rule.js";
import { dockerFieldsRule } from "./docker-fields.js";
import { dockerConfigStructureRule } from "./structure.js";

export const dockerConfigRules: readonly Rule[] = [dockerConfigStructureRule, dockerFieldsRule];
