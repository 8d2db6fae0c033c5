/**
 * The reader's fast path: strict JSON (RFC 8259) read straight into the tree of json/node.ts in one pass,
 * with positions counted on the way. momoa tokenizes, builds its own AST with location objects, and then the
 * tree is built from that: three passes and most of a document's validation time.
 *
 * This path only takes text that is plainly well-formed and builds exactly the tree the momoa path builds
 * (json-strict-tree.test.ts compares the two). Anything else (a syntax error, a raw control character in a
 * string, a lone surrogate, any reader limit reached) returns undefined, and the reader goes through the limit
 * pre-scan and momoa, whose errors, recovery and diagnostics explain what is wrong. So this parser never has
 * to word an error, and its recursion is never deeper than `maxDepth`. Nodes keep offsets; their line/column
 * ranges come from `lines` when asked for (tree.ts).
 *
 * On the same pass it builds the value `JSON.parse` would return, which the schema check and platform selection
 * read: parsing the text a second time cost more than building both at once (JSON.parse ran about three times
 * slower inside validation than in a loop of its own, its input and the parser's state no longer in cache).
 */
import { defineMember } from "./access.js";
import type { ReadLimits } from "./limits.js";
import type { JsonMember, JsonNode, JsonNumber, JsonObject } from "./node.js";
import type { LineIndex } from "./positions.js";
import {
  arrayNode,
  booleanNode,
  Member,
  nullNode,
  numberNode,
  objectNode,
  stringNode,
  type NodeKey,
} from "./tree.js";

/** Thrown inside the parser when the text is not plain strict JSON; never escapes `readStrictTree`. */
const NOT_PLAIN = new Error("not plain strict JSON");

/** From a lastIndex inside a string: the characters that need no further look (see StrictParser.string). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what ends a plain run
const PLAIN_RUN = /[^"\\\u0000-\u001f\ud800-\udfff]*/y;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What the reader noticed on its pass for the two rules that would otherwise look at every node of a tree: the
 * objects in which a member name may repeat (a name met again, or one of Object.prototype's, such as
 * `constructor`: the rule decides), and the numbers beyond the safe integers (the only ones a double may not hold
 * exactly). Collecting every node for those two rules cost more than reading did on large indexes.
 */
export type ReaderLeads = { objectsWithRepeatedNames: JsonObject[]; unsafeNumbers: JsonNumber[] };

/** The tree of a text, the value JSON.parse returns for it, and the reader's leads. */
export type StrictRead = { root: JsonNode; value: unknown; leads: ReaderLeads };

/** The tree and value of `text`, or undefined when the text is anything but plain strict JSON. */
export function readStrictTree(text: string, limits: ReadLimits, lines: LineIndex): StrictRead | undefined {
  const parser = new StrictParser(text, limits, lines);
  try {
    const root = parser.document();
    return { root, value: parser.plain, leads: parser.leads };
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

class StrictParser {
  private offset = 0;
  /** Open containers and values so far, against the limits (at them already, the slow path decides). */
  private depth = 0;
  private values = 0;
  /** The plain value of the node `value` returned last. */
  plain: unknown = undefined;
  readonly leads: ReaderLeads = { objectsWithRepeatedNames: [], unsafeNumbers: [] };

  constructor(
    private readonly text: string,
    private readonly limits: ReadLimits,
    private readonly lines: LineIndex,
  ) {}

  document(): JsonNode {
    this.skipWhitespace();
    const root = this.value(undefined);
    this.skipWhitespace();
    if (this.offset !== this.text.length) throw NOT_PLAIN;
    return root;
  }

  /** Whitespace: space, tab and the line breaks LF, CRLF and a lone CR (the line index counts those). */
  private skipWhitespace(): void {
    const text = this.text;
    let offset = this.offset;
    for (;;) {
      const code = text.charCodeAt(offset);
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) offset++;
      else break;
    }
    this.offset = offset;
  }

  private value(key: NodeKey): JsonNode {
    if (++this.values >= this.limits.maxValues) throw NOT_PLAIN;
    const start = this.offset;
    const lines = this.lines;
    switch (this.text.charCodeAt(start)) {
      case 0x7b /* { */:
        return this.object(key, start);
      case 0x5b /* [ */:
        return this.array(key, start);
      case 0x22 /* " */: {
        const value = this.string();
        this.plain = value;
        return stringNode(value, key, start, this.offset, lines);
      }
      case 0x74 /* t */:
        this.literal("true");
        this.plain = true;
        return booleanNode(true, key, start, this.offset, lines);
      case 0x66 /* f */:
        this.literal("false");
        this.plain = false;
        return booleanNode(false, key, start, this.offset, lines);
      case 0x6e /* n */:
        this.literal("null");
        this.plain = null;
        return nullNode(key, start, this.offset, lines);
      default: {
        this.number();
        const raw = this.text.slice(start, this.offset);
        const value = Number(raw);
        this.plain = value;
        const node = numberNode(value, raw, key, start, this.offset, lines);
        if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) this.leads.unsafeNumbers.push(node);
        return node;
      }
    }
  }

  private object(key: NodeKey, start: number): JsonNode {
    const text = this.text;
    const members: JsonMember[] = [];
    const plain: Record<string, unknown> = {};
    let repeatsName = false;
    this.open();
    this.offset++;
    this.skipWhitespace();
    if (text.charCodeAt(this.offset) !== 0x7d /* } */) {
      for (;;) {
        if (text.charCodeAt(this.offset) !== 0x22) throw NOT_PLAIN;
        const nameStart = this.offset;
        const name = this.string();
        const nameEnd = this.offset;
        this.skipWhitespace();
        if (text.charCodeAt(this.offset) !== 0x3a /* : */) throw NOT_PLAIN;
        this.offset++;
        this.skipWhitespace();
        const value = this.value(name);
        // Values are never undefined, so a defined one is an earlier member or an inherited property.
        if (plain[name] !== undefined) repeatsName = true;
        // As JSON.parse: the last of duplicate members wins, and "__proto__" is an own member, not the prototype.
        if (name === "__proto__") defineMember(plain, name, this.plain);
        else plain[name] = this.plain;
        members.push(new Member(name, nameStart, nameEnd, value, text, this.lines));
        if (members.length >= this.limits.maxMembers) throw NOT_PLAIN;
        this.skipWhitespace();
        const next = text.charCodeAt(this.offset);
        this.offset++;
        if (next === 0x7d) break;
        if (next !== 0x2c /* , */) throw NOT_PLAIN;
        this.skipWhitespace();
      }
    } else this.offset++;
    this.depth--;
    this.plain = plain;
    const node = objectNode(members, key, start, this.offset, this.lines);
    if (repeatsName) this.leads.objectsWithRepeatedNames.push(node);
    return node;
  }

  private array(key: NodeKey, start: number): JsonNode {
    const text = this.text;
    const items: JsonNode[] = [];
    const plain: unknown[] = [];
    this.open();
    this.offset++;
    this.skipWhitespace();
    if (text.charCodeAt(this.offset) !== 0x5d /* ] */) {
      for (;;) {
        items.push(this.value(items.length));
        plain.push(this.plain);
        if (items.length >= this.limits.maxMembers) throw NOT_PLAIN;
        this.skipWhitespace();
        const next = text.charCodeAt(this.offset);
        this.offset++;
        if (next === 0x5d) break;
        if (next !== 0x2c /* , */) throw NOT_PLAIN;
        this.skipWhitespace();
      }
    } else this.offset++;
    this.depth--;
    this.plain = plain;
    return arrayNode(items, key, start, this.offset, this.lines);
  }

  private open(): void {
    if (++this.depth >= this.limits.maxDepth) throw NOT_PLAIN;
  }

  /** A string token at the offset (its opening quote), decoded; leaves the offset after the closing quote. */
  private string(): string {
    const text = this.text;
    const start = this.offset;
    // Most strings have no escape, control character or surrogate: the regular expression engine finds where
    // such a run ends several times faster than a loop over the characters.
    PLAIN_RUN.lastIndex = start + 1;
    PLAIN_RUN.test(text);
    let offset = PLAIN_RUN.lastIndex;
    let escaped = false;
    // A surrogate written as such or as a \u escape: only then can the value hold a lone one.
    let maySurrogate = false;
    for (;;) {
      const code = text.charCodeAt(offset);
      if (code === 0x22) break;
      if (code === 0x5c /* \ */) {
        escaped = true;
        const escape = text.charCodeAt(offset + 1);
        if (escape === 0x75 /* u */) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(offset + 2, offset + 6))) throw NOT_PLAIN;
          maySurrogate = true;
          offset += 6;
        } else if (SIMPLE_ESCAPES.includes(escape)) offset += 2;
        else throw NOT_PLAIN;
        continue;
      }
      // Control characters (and the end of the text, NaN) go to momoa, which reports them.
      if (!(code >= 0x20)) throw NOT_PLAIN;
      if (code >= 0xd800 && code <= 0xdfff) maySurrogate = true;
      offset++;
    }
    this.offset = offset + 1;
    const value = escaped
      ? (JSON.parse(text.slice(start, offset + 1)) as string)
      : text.slice(start + 1, offset);
    if (maySurrogate && LONE_SURROGATE.test(value)) throw NOT_PLAIN;
    if (value.length > this.limits.maxStringLength) throw NOT_PLAIN;
    return value;
  }

  private literal(word: string): void {
    if (!this.text.startsWith(word, this.offset)) throw NOT_PLAIN;
    this.offset += word.length;
  }

  /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? at the offset. */
  private number(): void {
    const text = this.text;
    let offset = this.offset;
    if (text.charCodeAt(offset) === 0x2d /* - */) offset++;
    const first = text.charCodeAt(offset);
    if (first === 0x30 /* 0 */) offset++;
    else if (first >= 0x31 && first <= 0x39) offset = digitsFrom(text, offset);
    else throw NOT_PLAIN;
    if (text.charCodeAt(offset) === 0x2e /* . */) {
      const fraction = digitsFrom(text, offset + 1);
      if (fraction === offset + 1) throw NOT_PLAIN;
      offset = fraction;
    }
    const exponent = text.charCodeAt(offset);
    if (exponent === 0x65 || exponent === 0x45 /* e E */) {
      offset++;
      const sign = text.charCodeAt(offset);
      if (sign === 0x2b || sign === 0x2d) offset++;
      const digits = digitsFrom(text, offset);
      if (digits === offset) throw NOT_PLAIN;
      offset = digits;
    }
    this.offset = offset;
  }
}

/** `" \ / b f n r t` after a backslash. */
const SIMPLE_ESCAPES = [0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74];

function digitsFrom(text: string, offset: number): number {
  let end = offset;
  for (let code = text.charCodeAt(end); code >= 0x30 && code <= 0x39; code = text.charCodeAt(++end));
  return end;
}
