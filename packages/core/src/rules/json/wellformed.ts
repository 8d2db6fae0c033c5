import { KINDS } from "../../report.js";
import type { Rule } from "../rule.js";
import { reportReadIssues } from "./read-issues.js";

export const wellformed: Rule = {
  id: "R1",
  key: "json.wellformed",
  severity: "error",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "The bytes must be one JSON text (RFC 8259) whose top-level value is an object.",
  docs:
    "Every image document is a JSON object. Comments, trailing commas, unquoted tokens, unescaped control " +
    "characters in strings and anything after the closing brace are not JSON, whatever lenient parsers accept. " +
    "After a comment or trailing comma ocilens still reads the rest, so the other rules can run.",
  source: 'RFC 8259; image-spec schema/*.json (`"type": "object"`), schema/config_test.go `invalid JSON`',
  runsWithoutTree: true,
  check(context) {
    reportReadIssues(context, this.key);
  },
};
