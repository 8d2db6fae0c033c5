/**
 * The node objects both readers build (strict-tree.ts and the momoa path of read.ts). A node keeps offsets; its
 * line/column `range` is computed from the document's line index when asked for. A document reports on a
 * handful of its nodes, while building a range (three objects) for every node and member was most of the
 * reader's allocations and, on large indexes, most of the garbage collector's work.
 *
 * The line index is held in a private field, so the offsets, names and values are what two trees compare by.
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

abstract class PositionedNode {
  readonly #lines: LineIndex;

  constructor(
    readonly pointer: string,
    readonly start: number,
    readonly end: number,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }

  get range(): Range {
    return this.#lines.range(this.start, this.end);
  }
}

export class ObjectNode extends PositionedNode implements JsonObject {
  readonly type = "object";
  constructor(
    pointer: string,
    start: number,
    end: number,
    lines: LineIndex,
    readonly members: JsonMember[],
  ) {
    super(pointer, start, end, lines);
  }
}

export class ArrayNode extends PositionedNode implements JsonArray {
  readonly type = "array";
  constructor(
    pointer: string,
    start: number,
    end: number,
    lines: LineIndex,
    readonly items: JsonNode[],
  ) {
    super(pointer, start, end, lines);
  }
}

export class StringNode extends PositionedNode implements JsonString {
  readonly type = "string";
  constructor(
    pointer: string,
    start: number,
    end: number,
    lines: LineIndex,
    readonly value: string,
  ) {
    super(pointer, start, end, lines);
  }
}

export class NumberNode extends PositionedNode implements JsonNumber {
  readonly type = "number";
  constructor(
    pointer: string,
    start: number,
    end: number,
    lines: LineIndex,
    readonly value: number,
    readonly raw: string,
  ) {
    super(pointer, start, end, lines);
  }
}

export class BooleanNode extends PositionedNode implements JsonBoolean {
  readonly type = "boolean";
  constructor(
    pointer: string,
    start: number,
    end: number,
    lines: LineIndex,
    readonly value: boolean,
  ) {
    super(pointer, start, end, lines);
  }
}

export class NullNode extends PositionedNode implements JsonNull {
  readonly type = "null";
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
