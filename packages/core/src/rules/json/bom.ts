import { KINDS } from "../../report.js";
import type { Rule } from "../rule.js";
import { reportReadIssues } from "./read-issues.js";

export const bom: Rule = {
  id: "R3",
  key: "json.bom",
  severity: "error",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "No UTF-8 byte-order mark (EF BB BF) may precede the JSON text.",
  docs:
    "RFC 8259 forbids adding a byte-order mark and Go's encoding/json rejects it. A BOM also changes the " +
    "digest of otherwise identical content, so a document saved by an editor that adds one no longer matches " +
    "the descriptor that references it. The rest of the document is still checked.",
  source: "RFC 8259 § 8.1; Go encoding/json",
  runsWithoutTree: true,
  check(context) {
    const { lines } = context.document;
    reportReadIssues(context, this.key, () => ({
      title: "Remove the byte-order mark",
      edits: [{ range: lines.range(0, 1), text: "" }],
    }));
  },
};
