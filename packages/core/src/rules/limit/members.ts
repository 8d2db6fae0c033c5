import { KINDS } from "../../report.js";
import { reportReadIssues } from "../json/read-issues.js";
import type { Rule } from "../rule.js";

export const members: Rule = {
  id: "XL3",
  key: "limit.members",
  severity: "error",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "One object or array may hold at most `limits.maxMembers` entries (default 100,000).",
  docs:
    "Real indexes list tens of platforms and manifests hundreds of layers; a value with more entries than the " +
    "limit is a sign of generated or hostile input, and tools that build maps of it may run out of memory. " +
    "ocilens counts entries in one flat pass before parsing and does not parse a document that exceeds the limit.",
  source: "ocilens reader limits",
  runsWithoutTree: true,
  check(context) {
    reportReadIssues(context, this.key);
  },
};
