/**
 * A finding about a member that is not there. Like every absent-member finding (and the schema check), it
 * points at the object that lacks the member; the marker sits on that object's opening brace, as JSON editors
 * mark "Missing property", so it is visible without covering the whole object. `topLevelValue` is the
 * common start of the rules about one top-level member: its value, or the missing-member finding.
 */
import type { Finding, RuleContext } from "../rule.js";
import type { JsonNode, JsonObject } from "../../json/node.js";
import { isObject, memberOf } from "../../json/access.js";

export function missingMember(object: JsonObject, name: string, message?: string): Finding {
  const start = object.range.start;
  return {
    node: object,
    range: { start, end: { line: start.line, column: start.column + 1 } },
    message: message ?? `\`${name}\` is required but missing.`,
  };
}

/**
 * The value of the document's top-level member `name`; when it is absent and `required`, reports it as
 * missing. Undefined when it is absent or the document is not an object.
 */
export function topLevelValue(context: RuleContext, name: string, required = true): JsonNode | undefined {
  const root = context.document.root;
  if (!isObject(root)) return undefined;
  const member = memberOf(root, name);
  if (!member && required) context.report(missingMember(root, name));
  return member?.value;
}
