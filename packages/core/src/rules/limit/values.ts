import { KINDS } from "../../report.js";
import { reportReadIssues } from "../json/read-issues.js";
import type { Rule } from "../rule.js";

export const values: Rule = {
  id: "XL4",
  key: "limit.values",
  severity: "error",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "A document may hold at most `limits.maxValues` values in all (default 1,000,000).",
  docs:
    "Every parsed value costs memory (a few hundred bytes in a position-aware tree), so 64 MiB of `0,0,0,…` " +
    "spread over many arrays, each within `limits.maxMembers`, would need gigabytes. A 10,000-entry index " +
    "holds about 100,000 values. ocilens counts values in one flat pass before parsing and does not parse a " +
    "document that exceeds the limit.",
  source: "ocilens reader limits",
  runsWithoutTree: true,
  check(context) {
    reportReadIssues(context, this.key);
  },
};
