/**
 * The reader (json/read.ts) finds byte- and syntax-level problems while it reads; the rules that own those
 * keys report them from here, so severities, configuration and the reference page treat them like any rule.
 */
import type { Fix, RuleContext } from "../rule.js";

export function reportReadIssues(context: RuleContext, key: string, fixFor?: () => Fix | undefined): void {
  for (const issue of context.document.readIssues) {
    if (issue.rule !== key) continue;
    context.report({ message: issue.message, pointer: "", range: issue.range, fix: fixFor?.() });
  }
}
