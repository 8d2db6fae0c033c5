/**
 * The plain value of a tree, as JSON.parse (and Go) would give it: duplicate members resolve to the last one.
 * Objects have no prototype, so a member named `__proto__` stays a member.
 */
import type { JsonNode } from "./node.js";

export function toPlainValue(node: JsonNode): unknown {
  switch (node.type) {
    case "object": {
      const object: Record<string, unknown> = Object.create(null);
      for (const member of node.members) object[member.name] = toPlainValue(member.value);
      return object;
    }
    case "array":
      return node.items.map(toPlainValue);
    case "null":
      return null;
    default:
      return node.value;
  }
}
