import { KINDS } from "../../report.js";
import { reportReadIssues } from "../json/read-issues.js";
import type { Rule } from "../rule.js";

export const depth: Rule = {
  id: "XL2",
  key: "limit.depth",
  severity: "error",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "Arrays and objects may nest at most `limits.maxDepth` levels (default 64).",
  docs:
    "No image document needs deep nesting (an index is about five levels deep), while hostile input such as " +
    "100,000 opening brackets crashes recursive parsers. ocilens measures the nesting in one flat pass before " +
    "parsing and does not parse a document that exceeds the limit.",
  source: "ocilens reader limits",
  runsWithoutTree: true,
  check(context) {
    reportReadIssues(context, this.key);
  },
};
