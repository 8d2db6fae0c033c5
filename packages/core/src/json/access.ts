/**
 * Small readers over the JSON tree. Member lookups take the *last* member of a name, which is what Go's
 * encoding/json and JSON.parse act on; the duplicate itself is reported by json.duplicate-keys.
 */
import type { JsonArray, JsonMember, JsonNode, JsonObject, JsonString } from "./node.js";

export function isObject(node: JsonNode | null | undefined): node is JsonObject {
  return node?.type === "object";
}

export function isArray(node: JsonNode | null | undefined): node is JsonArray {
  return node?.type === "array";
}

export function isString(node: JsonNode | null | undefined): node is JsonString {
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
export function getMember(node: JsonNode | null | undefined, name: string): JsonNode | undefined {
  return isObject(node) ? memberOf(node, name)?.value : undefined;
}

/** The string value of member `name`, or undefined when absent or not a string. */
export function getString(node: JsonNode | null | undefined, name: string): string | undefined {
  const value = getMember(node, name);
  return isString(value) ? value.value : undefined;
}

/** Appends one reference token to a pointer, escaping `~` and `/` (RFC 6901). */
export function childPointer(pointer: string, token: string | number): string {
  if (typeof token === "number") return `${pointer}/${token}`;
  // Most names need no escaping; skip the replacements for them (the reader builds a pointer for every node).
  if (!token.includes("~") && !token.includes("/")) return `${pointer}/${token}`;
  return `${pointer}/${token.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** Decodes one RFC 6901 reference token. */
function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * The node at an RFC 6901 pointer; for duplicate members the last one, as Go and JSON.parse read it.
 * Undefined when the pointer leads nowhere.
 */
export function nodeAtPointer(root: JsonNode | null, pointer: string): JsonNode | undefined {
  if (!root) return undefined;
  if (pointer === "") return root;
  if (!pointer.startsWith("/")) return undefined;
  let node: JsonNode | null | undefined = root;
  for (const token of pointer.slice(1).split("/").map(unescapeToken)) {
    if (isObject(node)) node = memberOf(node, token)?.value;
    else if (isArray(node) && /^(0|[1-9][0-9]*)$/.test(token)) node = node.items[Number(token)];
    else return undefined;
    if (!node) return undefined;
  }
  return node;
}

/** The pointer of the deepest existing node on the way to `pointer` (for findings about absent members). */
export function nearestNode(root: JsonNode | null, pointer: string): JsonNode | undefined {
  let current = pointer;
  for (;;) {
    const node = nodeAtPointer(root, current);
    if (node || current === "") return node;
    current = current.slice(0, current.lastIndexOf("/"));
  }
}

/**
 * Sets a member as JSON.parse does: defineProperty, not assignment, so that a member named "__proto__" is an
 * own property rather than the object's prototype.
 */
export function defineMember(object: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The plain value of a node, as JSON.parse would return it (the last of duplicate members wins), for code
 * that works on parsed documents rather than on the tree (platform selection, the attestation helper).
 */
export function toPlainValue(node: JsonNode): unknown {
  switch (node.type) {
    case "object": {
      const value: Record<string, unknown> = {};
      for (const member of node.members) defineMember(value, member.name, toPlainValue(member.value));
      return value;
    }
    case "array":
      return node.items.map(toPlainValue);
    case "null":
      return null;
    default:
      return node.value;
  }
}
