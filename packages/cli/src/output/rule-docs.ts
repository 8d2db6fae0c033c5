/**
 * Rule metadata for the formats that carry it (SARIF rules, JUnit testcases): everything comes from the
 * core's rule modules, and the reference page is docs/rules.md in the repository.
 */
import { findRule, RULES, type Kind, type Rule } from "@ocilens/core";

export const PROJECT_URL = "https://github.com/ocilens/ocilens";
const RULES_PAGE = `${PROJECT_URL}/blob/main/docs/rules.md`;

/** GitHub's heading anchor for a rule's heading (the key): lower case, punctuation other than `-` dropped. */
export function ruleDocsUrl(key: string): string {
  return `${RULES_PAGE}#${key
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-")}`;
}

export function ruleByKey(key: string): Rule | undefined {
  return findRule(key);
}

export function rulesForKind(kind: Kind): Rule[] {
  return RULES.filter((rule) => rule.kinds.includes(kind));
}
