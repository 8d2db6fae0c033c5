/**
 * The node objects both readers build (strict-tree.ts and the momoa path of read.ts). A node keeps offsets; its
 * line/column `range` is computed from the document's line index when asked for. A document reports on a
 * handful of its nodes, while building a range (three objects) for every node and member was most of the
 * reader's allocations and, on large indexes, most of the garbage collector's work.
 *
 * The line index, the parent and the key are private fields, so the offsets, names and values are what two trees
 * compare by (and a comparison does not climb back up through parents).
 */
import type { Range } from "../report.js";
import type {
  JsonArray,
  JsonBoolean,
  JsonMember,
  JsonNode,
  JsonNull,
  JsonNumber,
  JsonObject,
  JsonString,
} from "./node.js";
import type { LineIndex } from "./positions.js";
import { childPointer } from "./access.js";

/** Sets the parent of a node (TreeNode's static block defines it: the field is private to the class). */
let adopt: (child: JsonNode, parent: TreeNode) => void;

/**
 * One class for every node type, so that every node has the same hidden class: the rules read `type`,
 * `value` and `members` of nodes of all types at the same sites, and one shape keeps those reads
 * monomorphic (six shapes made each of them a megamorphic lookup). Fields a type does not use stay undefined;
 * the factories below give each type its interface from node.ts.
 */
class TreeNode {
  readonly #lines: LineIndex;
  /** The containing node and this node's member name or item index in it; both undefined for the root. */
  #parent: TreeNode | undefined = undefined;
  readonly #key: NodeKey;
  // Every field exists on every node, in this order, whatever the type: that is what keeps one shape.
  value: string | number | boolean | undefined = undefined;
  raw: string | undefined = undefined;
  members: JsonMember[] | undefined = undefined;
  items: JsonNode[] | undefined = undefined;

  constructor(
    readonly type: JsonNode["type"],
    key: NodeKey,
    readonly start: number,
    readonly end: number,
    lines: LineIndex,
  ) {
    this.#key = key;
    this.#lines = lines;
  }

  static {
    adopt = (child, parent) => {
      (child as TreeNode).#parent = parent;
    };
  }

  /**
   * Built from the parent chain when asked for: findings ask for a few pointers, while a pointer string for
   * every node was a fifth of the reader's time.
   */
  get pointer(): string {
    const parent = this.#parent;
    return parent === undefined ? "" : childPointer(parent.pointer, this.#key!);
  }

  get range(): Range {
    return this.#lines.range(this.start, this.end);
  }
}

/**
 * What the readers pass for a node's place: its member name, its item index, or undefined for the root. The
 * containers' factories link their children to them, so pointers can be built later.
 */
export type NodeKey = string | number | undefined;

export function objectNode(
  members: JsonMember[],
  key: NodeKey,
  start: number,
  end: number,
  lines: LineIndex,
): JsonObject {
  const node = new TreeNode("object", key, start, end, lines);
  node.members = members;
  for (const member of members) adopt(member.value, node);
  return node as JsonObject;
}

export function arrayNode(
  items: JsonNode[],
  key: NodeKey,
  start: number,
  end: number,
  lines: LineIndex,
): JsonArray {
  const node = new TreeNode("array", key, start, end, lines);
  node.items = items;
  for (const item of items) adopt(item, node);
  return node as JsonArray;
}

export function stringNode(
  value: string,
  key: NodeKey,
  start: number,
  end: number,
  lines: LineIndex,
): JsonString {
  const node = new TreeNode("string", key, start, end, lines);
  node.value = value;
  return node as JsonString;
}

export function numberNode(
  value: number,
  raw: string,
  key: NodeKey,
  start: number,
  end: number,
  lines: LineIndex,
): JsonNumber {
  const node = new TreeNode("number", key, start, end, lines);
  node.value = value;
  node.raw = raw;
  return node as JsonNumber;
}

export function booleanNode(
  value: boolean,
  key: NodeKey,
  start: number,
  end: number,
  lines: LineIndex,
): JsonBoolean {
  const node = new TreeNode("boolean", key, start, end, lines);
  node.value = value;
  return node as JsonBoolean;
}

export function nullNode(key: NodeKey, start: number, end: number, lines: LineIndex): JsonNull {
  return new TreeNode("null", key, start, end, lines) as JsonNull;
}

/** A member: its decoded name, the offsets of the name as written (quotes included) and its value. */
export class Member implements JsonMember {
  readonly #text: string;
  readonly #lines: LineIndex;

  constructor(
    readonly name: string,
    readonly nameStart: number,
    readonly nameEnd: number,
    readonly value: JsonNode,
    text: string,
    lines: LineIndex,
  ) {
    this.#text = text;
    this.#lines = lines;
  }

  get rawName(): string {
    return this.#text.slice(this.nameStart, this.nameEnd);
  }

  get nameRange(): Range {
    return this.#lines.range(this.nameStart, this.nameEnd);
  }

  get range(): Range {
    return this.#lines.range(this.nameStart, this.value.end);
  }
}
