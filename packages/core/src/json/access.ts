/**
 * Small readers over the JSON tree. Member lookups take the *last* member of a name, which is what Go's
 * encoding/json and JSON.parse act on; the duplicate itself is reported by json.duplicate-keys.
 */
import type { JsonArray, JsonMember, JsonNode, JsonObject, JsonString } from "./node.js";

export function isObject(node: JsonNode | undefined): node is JsonObject {
  return node?.type === "object";
}

export function isArray(node: JsonNode | undefined): node is JsonArray {
  return node?.type === "array";
}

export function isString(node: JsonNode | undefined): node is JsonString {
  return node?.type === "string";
}

/** The last member named exactly `name`. */
export function memberOf(object: JsonObject, name: string): JsonMember | undefined {
  for (let index = object.members.length - 1; index >= 0; index--) {
    const member = object.members[index]!;
    if (member.name === name) return member;
  }
  return undefined;
}

/** The value of the last member named exactly `name`, if `node` is an object. */
export function getMember(node: JsonNode | undefined, name: string): JsonNode | undefined {
  return isObject(node) ? memberOf(node, name)?.value : undefined;
}

/** The string value of member `name`, or undefined when absent or not a string. */
export function getString(node: JsonNode | undefined, name: string): string | undefined {
  const value = getMember(node, name);
  return isString(value) ? value.value : undefined;
}

/** Appends one reference token to a pointer, escaping `~` and `/` (RFC 6901). */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
