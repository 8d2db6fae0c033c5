/**
 * A finding about a member that is not there. Like every absent-member finding (and the schema check), it
 * points at the object that lacks the member; the marker sits on that object's opening brace, as JSON editors
 * mark "Missing property", so it is visible without covering the whole object.
 */
import type { Finding } from "../rule.js";
import type { JsonObject } from "../../json/node.js";

export function missingMember(object: JsonObject, name: string, message?: string): Finding {
  const start = object.range.start;
  return {
    node: object,
    range: { start, end: { line: start.line, column: start.column + 1 } },
    message: message ?? `\`${name}\` is required but missing.`,
  };
}
