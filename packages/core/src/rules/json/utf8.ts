import { KINDS } from "../../report.js";
import type { Rule } from "../rule.js";
import { reportReadIssues } from "./read-issues.js";

export const utf8: Rule = {
  id: "R2",
  key: "json.utf8",
  severity: "error",
  formats: ["JSON"],
  kinds: KINDS,
  summary: "The text must be valid UTF-8 without lone surrogates, raw or escaped (I-JSON).",
  docs:
    "Image documents must be UTF-8 and follow I-JSON (RFC 7493): invalid byte sequences and lone surrogate " +
    "code points such as `\\ud800` are not allowed. Go's encoding/json silently replaces both with U+FFFD, so " +
    "Go-based tools accept such documents and re-serialising them changes the bytes and the digest. The " +
    "diagnostic names the byte offset of the first bad sequence.",
  source: "image-spec considerations.md § JSON (I-JSON, UTF-8); RFC 7493 § 2.1",
  runsWithoutTree: true,
  check(context) {
    reportReadIssues(context, this.key);
  },
};
