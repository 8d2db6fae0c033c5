import { KINDS } from "../../report.js";
import { reportReadIssues } from "../json/read-issues.js";
import type { Rule } from "../rule.js";

export const stringLength: Rule = {
  id: "XL5",
  key: "limit.string-length",
  severity: "warning",
  formats: ["JSON"],
  kinds: KINDS,
  summary:
    "Member names and string values longer than `limits.maxStringLength` (default 1 MiB) are reported.",
  docs:
    "No field of an image document needs megabytes of text (the largest legitimate ones are base64 `data` " +
    "and long `Env` or label values, a few kilobytes); a multi-megabyte string is a sign of generated or " +
    "hostile input, and editors, log collectors and databases that store annotations truncate or refuse it. " +
    "The string is still read and checked: every check is linear in its length.",
  source: "ocilens reader limits",
  check(context) {
    reportReadIssues(context, this.key);
  },
};
