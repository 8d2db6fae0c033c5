/**
 * Every rule, by group. Each group folder exports its list from index.ts; add one import and one spread per
 * group. The rule reference page (docs/rules.md), SARIF metadata and editor hovers are generated from this.
 */
import { jsonRules } from "./json/index.js";
import { limitRules } from "./limit/index.js";
import type { Rule } from "./rule.js";

export const RULES: readonly Rule[] = [...jsonRules, ...limitRules];

const byKey = new Map(RULES.map((rule) => [rule.key, rule]));
const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** A rule by its key ("desc.size-nonnegative") or catalogue id ("R20"). */
export function findRule(keyOrId: string): Rule | undefined {
  return byKey.get(keyOrId) ?? byId.get(keyOrId);
}
