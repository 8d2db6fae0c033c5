/**
 * The position-aware JSON tree that every check reads. Unlike the value `JSON.parse` returns, it keeps what
 * validation needs: every member in source order (duplicates included), the member name as written and as
 * decoded, the literal text of every number (so int64 sizes are judged exactly), and the source range of
 * every node for editor markers.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the decoded text; `range` is 1-based
 * line/column in the same units (what Monaco, VS Code and SARIF use), computed from the offsets when read
 * (tree.ts builds the nodes).
 */
import type { Range } from "../report.js";

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

interface NodeBase {
  /** RFC 6901 pointer of this node. Duplicate members share the pointer of their name. */
  readonly pointer: string;
  readonly range: Range;
  readonly start: number;
  readonly end: number;
}

export interface JsonObject extends NodeBase {
  type: "object";
  /** Every member in source order, duplicates included. */
  members: JsonMember[];
}

export interface JsonMember {
  /** The decoded name (`"\u006danifests"` → `manifests`). */
  name: string;
  /** The name exactly as written in the source, quotes included. */
  readonly rawName: string;
  /** Offsets of the name as written, quotes included. */
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly nameRange: Range;
  readonly value: JsonNode;
  /** From the name's opening quote to the end of the value. */
  readonly range: Range;
}

export interface JsonArray extends NodeBase {
  type: "array";
  items: JsonNode[];
}

export interface JsonString extends NodeBase {
  type: "string";
  value: string;
}

export interface JsonNumber extends NodeBase {
  type: "number";
  /** The nearest double; may be rounded. Judge integers from `raw`. */
  value: number;
  /** The literal exactly as written, e.g. "9223372036854775808" or "1e3". */
  raw: string;
}

export interface JsonBoolean extends NodeBase {
  type: "boolean";
  value: boolean;
}

export interface JsonNull extends NodeBase {
  type: "null";
}
