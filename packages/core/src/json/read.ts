/**
 * Bytes → position-aware JSON tree (json/node.ts), plus what the bytes themselves get wrong (R1–R3 and the
 * reader limits).
 *
 * Plain well-formed JSON, nearly every document, is read by json/strict-tree.ts in one pass (measured several
 * times faster than momoa's tokens, AST and the conversion below); momoa reads the rest.
 *
 * Why momoa: it is a small, dependency-free, well-tested JSON parser that runs in browsers and Node, gives
 * every node exact offsets and 1-based line/column (counted in UTF-16 code units, as editors count), keeps
 * duplicate members and member names as written, and rejects comments and trailing commas in "json" mode
 * while accepting them in a lenient mode we use for error recovery. What it lacks is added here:
 * - bytes: BOM (R3) and invalid UTF-8 with the byte offset of each bad sequence (json/utf8.ts, R2);
 * - lone surrogates (raw or `\ud800`-escaped) inside strings (R2);
 * - the literal text of numbers (momoa only keeps the double), so int64 sizes are judged exactly;
 * - RFC 6901 pointers, and the ranges of member names;
 * - limits checked before parsing (json/scan-limits.ts), because momoa's parser is recursive and every node
 *   it builds costs memory.
 */
import { parse, type AnyNode, type ValueNode } from "@humanwhocodes/momoa";
import type { Range } from "../report.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits.js";
import type { JsonMember, JsonNode } from "./node.js";
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
import { LineIndex } from "./positions.js";
import { scanLimits } from "./scan-limits.js";
import { readStrictTree, type ReaderLeads } from "./strict-tree.js";
import { decodeUtf8 } from "./utf8.js";

/** Something wrong with the bytes or the JSON text itself, found while reading. */
export type ReadIssue = {
  /** Rule key: "json.wellformed", "json.utf8", "json.bom", "limit.depth", … */
  rule: string;
  message: string;
  /** Offsets into the decoded text. */
  start: number;
  end: number;
  range: Range;
};

export type ReadResult = {
  text: string;
  /** The tree, or null when the text is not JSON (or was not read because of a limit). */
  root: JsonNode | null;
  /**
   * What JSON.parse returns for the text, when the fast path built it beside the tree; undefined otherwise
   * (documents/plain-value.ts then builds it from the tree).
   */
  value?: unknown;
  /** The fast path's leads for the rules that look at every object or number; undefined otherwise. */
  leads?: ReaderLeads;
  issues: ReadIssue[];
  lines: LineIndex;
};

const BOM = [0xef, 0xbb, 0xbf] as const;

export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/**
 * `path` "fast" reads plain strict JSON with json/strict-tree.ts and everything else through momoa; "momoa"
 * reads everything through momoa (the tests compare the trees of the two).
 */
export function readJson(
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  path: "fast" | "momoa" = "fast",
): ReadResult {
  const issues: ReadIssue[] = [];
  if (bytes.length > limits.maxBytes) {
    const lines = new LineIndex("");
    issues.push({
      rule: "limit.document-size",
      message: `The document is ${bytes.length} bytes, above the reader limit of ${limits.maxBytes} bytes; it was not parsed.`,
      start: 0,
      end: 0,
      range: lines.range(0, 0),
    });
    return { text: "", root: null, issues, lines };
  }

  const { text, errors } = decodeUtf8(bytes);
  const lines = new LineIndex(text);
  // Offsets are clamped to the text, so an issue at its very end (an unfinished value) stays inside it, and
  // never split a CRLF, whose middle is no position an editor can show.
  const issue = (rule: string, message: string, start: number, end: number) => {
    let from = Math.min(start, text.length);
    let to = Math.min(Math.max(end, from), text.length);
    if (splitsCrlf(text, from)) from--;
    if (splitsCrlf(text, to)) to++;
    issues.push({ rule, message, start: from, end: to, range: lines.range(from, to) });
  };

  const bom = hasBom(bytes);
  if (bom) {
    issue(
      "json.bom",
      "The document starts with a UTF-8 byte-order mark (EF BB BF); JSON text must not.",
      0,
      1,
    );
  }
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (${errors.length - 1} more invalid sequence(s) follow)` : "";
    issue(
      "json.utf8",
      `Invalid UTF-8: byte 0x${hex(bytes[first.byteOffset]!)} at byte offset ${first.byteOffset} does not start a valid sequence${more}.`,
      first.textOffset,
      first.textOffset + 1,
    );
  }

  // The BOM becomes a space of the same length, so momoa reads the rest and every offset stays exact.
  const parseText = bom ? ` ${text.slice(1)}` : text;
  // The fast path stops short of every limit, so only the texts it leaves need the pre-scan.
  const strict = path === "fast" ? readStrictTree(parseText, limits, lines) : undefined;
  let root = strict?.root;
  if (!root) {
    const { excesses } = scanLimits(parseText, limits);
    for (const excess of excesses) issue(excess.rule, excess.message, excess.offset, excess.offset + 1);
    if (excesses.length > 0) return { text, root: null, issues, lines };
    const body = parseLeniently(parseText, (message, offset) =>
      issue("json.wellformed", message, offset, offset + 1),
    );
    if (!body) return { text, root: null, issues, lines };
    root = new TreeBuilder(parseText, limits, issue, lines).build(body);
  }
  if (root.type !== "object") {
    issue(
      "json.wellformed",
      `The top-level value is ${article(root.type)}; it must be an object.`,
      root.start,
      root.end,
    );
  }
  return { text, root, value: strict?.value, leads: strict?.leads, issues, lines };
}

/**
 * Parses strictly; on failure reports where strict JSON broke, then retries allowing comments and trailing
 * commas, so a document with only those mistakes still gets every other check.
 */
function parseLeniently(text: string, report: (message: string, offset: number) => void): ValueNode | null {
  try {
    return parse(text, { mode: "json", ranges: true }).body;
  } catch (error) {
    const { message, offset } = describeParseError(error, text);
    report(message, offset);
  }
  try {
    return parse(text, { mode: "jsonc", ranges: true, allowTrailingCommas: true }).body;
  } catch {
    return null;
  }
}

function describeParseError(error: unknown, text: string): { message: string; offset: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const offset =
    typeof (error as { offset?: unknown }).offset === "number" ? (error as { offset: number }).offset : 0;
  const detail = raw.replace(/ \(\d+:\d+\)$/, ""); // momoa appends " (line:column)"
  const at = text.slice(offset, offset + 2);
  let hint = "";
  if (at === "//" || at === "/*") hint = " Comments are not allowed in JSON.";
  else if ((at[0] === "}" || at[0] === "]") && /,\s*$/.test(text.slice(0, offset)))
    hint = " Trailing commas are not allowed in JSON.";
  else if (offset >= text.length) hint = " The text ends before the JSON value is complete.";
  return {
    message: `Not well-formed JSON: ${detail}.${hint}`.replace(/\.\./g, "."),
    offset: Math.min(offset, text.length),
  };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

class TreeBuilder {
  constructor(
    private readonly text: string,
    private readonly limits: ReadLimits,
    private readonly issue: (rule: string, message: string, start: number, end: number) => void,
    private readonly lines: LineIndex,
  ) {}

  build(node: ValueNode): JsonNode {
    return this.convert(node, undefined);
  }

  // Positions come from our line index, not from momoa's locations: momoa ends a string that holds a raw
  // line break on the line it started, and both readers must give every node the same range.
  private convert(node: ValueNode, key: NodeKey): JsonNode {
    const [start, end] = node.range!;
    const lines = this.lines;
    switch (node.type) {
      case "Object": {
        const members: JsonMember[] = [];
        for (const member of node.members) {
          const nameNode = member.name as AnyNode & { value?: string };
          const name =
            nameNode.type === "String" ? nameNode.value! : String((nameNode as { name?: string }).name);
          const [nameStart, nameEnd] = nameNode.range!;
          this.checkString(name, nameStart, nameEnd);
          const value = this.convert(member.value, name);
          members.push(new Member(name, nameStart, nameEnd, value, this.text, lines));
        }
        return objectNode(members, key, start, end, lines);
      }
      case "Array": {
        const items: JsonNode[] = [];
        for (const element of node.elements) items.push(this.convert(element.value, items.length));
        return arrayNode(items, key, start, end, lines);
      }
      case "String":
        this.checkString(node.value, start, end);
        return stringNode(node.value, key, start, end, lines);
      case "Number":
        return numberNode(node.value, this.text.slice(start, end), key, start, end, lines);
      case "Boolean":
        return booleanNode(node.value, key, start, end, lines);
      case "Null":
        return nullNode(key, start, end, lines);
      default:
        // Only reachable through the lenient retry (JSON5-only values are not enabled there).
        throw new Error(`unexpected JSON node ${node.type}`);
    }
  }

  private checkLength(value: string, start: number, end: number) {
    if (value.length > this.limits.maxStringLength) {
      this.issue(
        "limit.string-length",
        `This string is ${value.length} characters long, above the limit of ${this.limits.maxStringLength}.`,
        start,
        end,
      );
    }
  }

  /**
   * What momoa lets through in a string token (`start`–`end`, quotes included; `value` decoded): raw control
   * characters (RFC 8259 § 7 requires them escaped) and lone surrogates, raw or escaped (I-JSON). One pass
   * over the token; the decoded value is only searched when the token has a `\u` escape or a surrogate.
   */
  private checkString(value: string, start: number, end: number) {
    this.checkLength(value, start, end);
    let mayHoldSurrogate = false;
    for (let offset = start; offset < end; offset++) {
      const code = this.text.charCodeAt(offset);
      if (code < 0x20) {
        const hex = code.toString(16).toUpperCase().padStart(4, "0");
        this.issue(
          "json.wellformed",
          `Not well-formed JSON: the control character U+${hex} must be escaped inside a string.`,
          offset,
          offset + 1,
        );
        return;
      }
      if (
        (code === 0x75 /* u */ && this.text.charCodeAt(offset - 1) === 0x5c) ||
        (code >= 0xd800 && code <= 0xdfff)
      ) {
        mayHoldSurrogate = true;
      }
    }
    if (!mayHoldSurrogate) return;
    const match = LONE_SURROGATE.exec(value);
    if (!match) return;
    const unit = match[0].charCodeAt(0).toString(16).toUpperCase();
    const raw = this.text.slice(start, end).includes(match[0]);
    this.issue(
      "json.utf8",
      `The string contains a lone surrogate U+${unit} (${raw ? "raw" : "escaped"}); I-JSON forbids code points that are not Unicode scalar values.`,
      start,
      end,
    );
  }
}

function article(type: JsonNode["type"]): string {
  return type === "array" || type === "object" ? `an ${type}` : type === "null" ? "null" : `a ${type}`;
}

function splitsCrlf(text: string, offset: number): boolean {
  return text.charCodeAt(offset - 1) === 0x0d && text.charCodeAt(offset) === 0x0a;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}
