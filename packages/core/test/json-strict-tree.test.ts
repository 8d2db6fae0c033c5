/**
 * The reader's fast path (json/strict-tree.ts) must build exactly the tree, positions and issues of the momoa
 * path, and must leave to momoa everything momoa would report on: both paths are run on the same bytes.
 */
import { parse, type AnyNode, type ValueNode } from "@humanwhocodes/momoa";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../src/json/limits.js";
import type { JsonNode } from "../src/json/node.js";
import { LineIndex } from "../src/json/positions.js";
import { toPlainValue } from "../src/json/access.js";
import { readJson } from "../src/json/read.js";
import { readStrictTree } from "../src/json/strict-tree.js";
import { collectNodes } from "../src/json/walk.js";
import type { Range } from "../src/report.js";
import { corpus } from "./support/corpus.js";

const encode = (text: string) => new TextEncoder().encode(text);

/** A tree as plain data, ranges included (nodes compute them on request, so toEqual alone would not see them). */
function materialize(node: JsonNode | null): unknown {
  if (!node) return node;
  const base = {
    pointer: node.pointer,
    start: node.start,
    end: node.end,
    range: node.range,
    type: node.type,
  };
  switch (node.type) {
    case "object":
      return {
        ...base,
        members: node.members.map((member) => ({
          name: member.name,
          rawName: member.rawName,
          nameRange: member.nameRange,
          range: member.range,
          value: materialize(member.value),
        })),
      };
    case "array":
      return { ...base, items: node.items.map(materialize) };
    case "null":
      return base;
    case "number":
      return { ...base, value: node.value, raw: node.raw };
    default:
      return { ...base, value: node.value };
  }
}

function expectPathsAgree(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS) {
  const fast = readJson(bytes, limits, "fast");
  const momoa = readJson(bytes, limits, "momoa");
  expect(materialize(fast.root)).toEqual(materialize(momoa.root));
  expect(fast.issues).toEqual(momoa.issues);
  // The value the fast path builds beside its tree is the tree's plain value (JSON.parse's, see below).
  if (fast.value !== undefined) expect(fast.value).toStrictEqual(toPlainValue(fast.root!));
}

/**
 * The fast path's leads name every object that repeats a member name (and may name others) and exactly the numbers
 * beyond the safe integers: json.duplicate-keys and json.number-precision look at nothing else.
 */
function expectLeadsComplete(text: string) {
  const strict = readStrictTree(text, DEFAULT_READ_LIMITS, new LineIndex(text));
  if (!strict) return;
  const nodes = collectNodes(strict.root);
  const pointers = (list: readonly JsonNode[]) => list.map((node) => node.pointer).sort();
  const repeating = nodes.filter(
    (node) => node.type === "object" && new Set(node.members.map((m) => m.name)).size < node.members.length,
  );
  for (const node of repeating) expect(strict.leads.objectsWithRepeatedNames).toContain(node);
  expect(pointers(strict.leads.unsafeNumbers)).toEqual(
    pointers(
      nodes.filter((node) => node.type === "number" && !(Math.abs(node.value) <= Number.MAX_SAFE_INTEGER)),
    ),
  );
}

const locationOf = (node: AnyNode): Range => ({
  start: { line: node.loc.start.line, column: node.loc.start.column },
  end: { line: node.loc.end.line, column: node.loc.end.column },
});

/** Every range of our tree equals the location momoa gives the same node: both count lines the same way. */
function expectMomoaLocations(text: string) {
  const compare = (ours: JsonNode, theirs: ValueNode) => {
    expect(ours.range).toEqual(locationOf(theirs));
    if (ours.type === "object" && theirs.type === "Object") {
      ours.members.forEach((member, index) => {
        const other = theirs.members[index]!;
        expect(member.nameRange).toEqual(locationOf(other.name));
        expect(member.range).toEqual(locationOf(other));
        compare(member.value, other.value);
      });
    } else if (ours.type === "array" && theirs.type === "Array") {
      ours.items.forEach((item, index) => compare(item, theirs.elements[index]!.value));
    }
  };
  compare(
    readStrictTree(text, DEFAULT_READ_LIMITS, new LineIndex(text))!.root,
    parse(text, { mode: "json" }).body,
  );
}

describe("the strict fast path and the momoa path", () => {
  it("agree on every corpus document", () => {
    for (const { bytes } of corpus) expectPathsAgree(bytes);
  });

  it("build the value JSON.parse returns for every corpus document it reads", () => {
    let read = 0;
    for (const { bytes } of corpus) {
      const text = new TextDecoder().decode(bytes);
      const strict = readStrictTree(text, DEFAULT_READ_LIMITS, new LineIndex(text));
      if (!strict) continue;
      read++;
      expect(strict.value).toStrictEqual(JSON.parse(text));
    }
    expect(read).toBeGreaterThan(100);
  });

  it("give every node and member name the line and column momoa gives it", () => {
    const texts = corpus
      .map(({ bytes }) => new TextDecoder().decode(bytes))
      .filter((text) => {
        try {
          JSON.parse(text);
          return !text.startsWith("\ufeff");
        } catch {
          return false;
        }
      });
    texts.push('{\n  "a": 1,\r\n  "b":\r[true,\r\n null , false]\n}\n', '{"😀": "a😀b", "x": ["😀"]}');
    for (const text of texts) expectMomoaLocations(text);
  });

  it.each([
    ["line breaks LF, CRLF and lone CR", '{\n  "a": 1,\r\n  "b":\r[true,\r\n null , false]\n}\n'],
    ["tabs and trailing whitespace", '\t{"a"\t:\t{}\t, "b": []}\t \r\n'],
    [
      "escapes in names and values",
      '{"\\u006danifests": "\\"q\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00"}',
    ],
    ["raw astral characters", '{"😀": "a😀b", "x": ["😀"]}'],
    ["numbers", '{"n": [0, -0, 1.5, -1.5e-3, 1E+2, 9223372036854775808, 1e400, 12345678901234567890]}'],
    ["empty containers and nesting", '{"a": {}, "b": [], "c": [[{}], {"d": [[]]}]}'],
    ["pointer tokens to escape", '{"a/b": {"c~d": 1}, "": {"": 2}}'],
    ["duplicate members", '{"a": 1, "a": 2, "A": 3}'],
    ["members named __proto__", '{"__proto__": {"x": 1}, "y": [{"__proto__": null}]}'],
    ["a BOM", "\ufeff{}"],
    ["a top-level array", "[1, 2]"],
    ["a top-level string", '"x"'],
    ["comments", '{"a": 1 // c\n}'],
    ["a trailing comma", '{"a": [1,],}'],
    ["a raw line break in a string", '{"a": "x\ny", "b": 1}'],
    ["a raw control character", '{"a": "x\u0001y"}'],
    ["a lone escaped surrogate", '{"a": "\\ud800", "\\udc00": 1}'],
    ["an invalid escape", '{"a": "\\x41"}'],
    ["a short unicode escape", '{"a": "\\u12"}'],
    ["leading zeros and bare signs", '{"a": 01, "b": +1, "c": -, "d": 1., "e": .5, "f": 1e}'],
    ["literals with trailing letters", '{"a": truex, "b": nul}'],
    ["an unterminated string", '{"a": "abc'],
    ["an unterminated object", '{"a": 1'],
    ["text after the value", "{} {}"],
    ["nothing at all", "  "],
    ["a missing colon", '{"a" 1}'],
    ["a name that is not a string", "{a: 1}"],
  ])("agree on %s", (_name, text) => {
    expectPathsAgree(encode(text));
  });

  it.each([
    ["a string above the length limit", '{"a": "abcdef", "abcdefgh": 1}', { maxStringLength: 4 }],
    ["nesting at and above the depth limit", '{"a": [[1]], "b": {"c": {}}}', { maxDepth: 3 }],
    ["nesting just within the depth limit", '{"a": [[1]]}', { maxDepth: 4 }],
    ["members at and above the limit", '{"a": [1, 2, 3], "b": 2, "c": 3}', { maxMembers: 3 }],
    ["values at and above the limit", '{"a": [1, 2], "b": {}}', { maxValues: 5 }],
  ])("agree on %s", (_name, text, limits) => {
    expectPathsAgree(encode(text), { ...DEFAULT_READ_LIMITS, ...limits });
  });

  it("agree on generated JSON, compact and pretty-printed", () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom(undefined, 2, "\t", "\r\n "),
        (value, space) => {
          const text = JSON.stringify({ value }, null, space);
          // JSON.stringify escapes lone surrogates, so every such text is plain JSON that the fast path takes.
          const strict = readStrictTree(text, DEFAULT_READ_LIMITS, new LineIndex(text));
          expect(strict).toBeDefined();
          expect(strict!.value).toStrictEqual(JSON.parse(text));
          expectPathsAgree(encode(text));
        },
      ),
    );
  });

  it("agree on generated JSON with one character replaced, inserted or removed", () => {
    const mutation = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("replace", "insert", "remove"),
      char: fc.constantFrom(...'{}[],:"\\ \n\r\t0123456789-+.eEtrufalsn/*\u0001\ud800x'),
    });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), mutation, (value, { at, kind, char }) => {
        const text = JSON.stringify({ value }, null, 1);
        const index = at % (text.length + 1);
        const mutated =
          kind === "insert"
            ? text.slice(0, index) + char + text.slice(index)
            : text.slice(0, index) + (kind === "replace" ? char : "") + text.slice(index + 1);
        expectPathsAgree(encode(mutated));
      }),
      { numRuns: 500 },
    );
  });
});

describe("the fast path's leads", () => {
  it("name every object with a repeated member name and every number beyond the safe integers", () => {
    const name = fc.constantFrom("a", "b", "constructor", "__proto__", "toString", "\\u0061");
    const number = fc.constantFrom(
      "1",
      "-0",
      "9007199254740991",
      "9007199254740993",
      "-9007199254740993",
      "1e400",
      "2.5",
    );
    const value: fc.Arbitrary<string> = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, number, tie("object"), tie("array")),
      object: fc
        .array(fc.tuple(name, tie("value")), { maxLength: 5 })
        .map((members) => `{${members.map(([key, item]) => `"${key}": ${item as string}`).join(", ")}}`),
      array: fc.array(tie("value"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    })).object as fc.Arbitrary<string>;
    fc.assert(
      fc.property(value, (text) => expectLeadsComplete(text)),
      { numRuns: 300 },
    );
  });
});
