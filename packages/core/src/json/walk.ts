/**
 * Every node of a tree in document order, collected without recursion (depth is bounded by limit.depth, but a
 * flat loop keeps rules safe whatever the limits are configured to). An array rather than a generator: the
 * rules that read every node share one walk, and a generator's resumptions cost more than the walk itself.
 */
import type { JsonNode } from "./node.js";

export function collectNodes(root: JsonNode | null): JsonNode[] {
  const nodes: JsonNode[] = [];
  if (!root) return nodes;
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    if (node.type === "object") {
      for (let index = node.members.length - 1; index >= 0; index--) stack.push(node.members[index]!.value);
    } else if (node.type === "array") {
      for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]!);
    }
  }
  return nodes;
}
