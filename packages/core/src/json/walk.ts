/**
 * Visits every node of a tree in document order without recursion (depth is bounded by limit.depth, but a
 * flat loop keeps rules safe whatever the limits are configured to).
 */
import type { JsonNode } from "./node.js";

export function* walkNodes(root: JsonNode | null): Generator<JsonNode> {
  if (!root) return;
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (node.type === "object") {
      for (let index = node.members.length - 1; index >= 0; index--) stack.push(node.members[index]!.value);
    } else if (node.type === "array") {
      for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]!);
    }
  }
}
