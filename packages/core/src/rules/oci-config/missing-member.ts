/**
 * A finding about a member that is not there: its pointer names where the member belongs, and the marker
 * sits on the opening brace of the object that should hold it (as JSON editors mark "Missing property"),
 * visible without covering the whole object.
 */
import type { Finding } from "../rule.js";
import type { JsonObject } from "../../json/node.js";
import { childPointer } from "../../json/access.js";

export function missingMember(object: JsonObject, name: string, message?: string): Finding {
  const start = object.range.start;
  return {
    node: object,
    pointer: childPointer(object.pointer, name),
    range: { start, end: { line: start.line, column: start.column + 1 } },
    message: message ?? `\`${name}\` is required but missing.`,
  };
}
