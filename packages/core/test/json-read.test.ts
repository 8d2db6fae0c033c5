import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_READ_LIMITS } from "../src/json/limits.js";
import type { JsonNode, JsonObject } from "../src/json/node.js";
import { readJson } from "../src/json/read.js";
import { toPlainValue } from "../src/json/access.js";
import { rangeOf } from "./validate-support.js";

const encode = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readJson(encode(text));
const rootObject = (text: string) => read(text).root as JsonObject;
const issues = (input: string | Uint8Array) =>
  readJson(typeof input === "string" ? encode(input) : input).issues.map(({ rule, range }) => ({
    rule,
    range,
  }));

describe("positions", () => {
  const text = '{\n  "a": 1,\r\n  "emoji": "😀",  "b": [true, null]\n}';

  it("gives every member and value its exact offsets and 1-based line/column", () => {
    const root = rootObject(text);
    const [a, emoji, b] = root.members;
    expect(a!.nameRange).toEqual(rangeOf(text, '"a"'));
    expect(a!.range).toEqual(rangeOf(text, '"a": 1'));
    expect(a!.value.start).toBe(text.indexOf("1"));
    expect(emoji!.value.range).toEqual(rangeOf(text, '"😀"'));
    // Columns count UTF-16 code units: the emoji takes two, so "b" starts at column 19, not 18.
    expect(b!.nameRange).toEqual({ start: { line: 3, column: 19 }, end: { line: 3, column: 22 } });
    expect(b!.nameRange).toEqual(rangeOf(text, '"b"'));
    const items = (b!.value as Extract<JsonNode, { type: "array" }>).items;
    expect(items.map((item) => item.pointer)).toEqual(["/b/0", "/b/1"]);
    expect(items[1]!.range).toEqual(rangeOf(text, "null"));
    expect(root.range).toEqual({ start: { line: 1, column: 1 }, end: { line: 4, column: 2 } });
  });

  it("escapes pointer tokens (RFC 6901)", () => {
    const root = rootObject('{"a/b": {"c~d": 1}}');
    const inner = root.members[0]!.value as JsonObject;
    expect(inner.pointer).toBe("/a~1b");
    expect(inner.members[0]!.value.pointer).toBe("/a~1b/c~0d");
  });
});

describe("member names", () => {
  it("keeps duplicate members, all of them, in source order", () => {
    const root = rootObject('{"mediaType": "A", "x": 0, "mediaType": "B"}');
    expect(root.members.map((member) => member.name)).toEqual(["mediaType", "x", "mediaType"]);
    expect(toPlainValue(root)).toEqual({ mediaType: "B", x: 0 });
  });

  it("keeps names that differ only in letter case as distinct members", () => {
    expect(rootObject('{"layers": [], "Layers": 1}').members.map((member) => member.name)).toEqual([
      "layers",
      "Layers",
    ]);
  });

  it("decodes escaped names and keeps the raw spelling (H3)", () => {
    const member = rootObject('{"\\u006danifests": []}').members[0]!;
    expect(member.name).toBe("manifests");
    expect(member.rawName).toBe('"\\u006danifests"');
    expect(member.value.pointer).toBe("/manifests");
  });
});

describe("numbers", () => {
  it.each(["9007199254740993", "9223372036854775807", "9223372036854775808", "1.0", "1e3", "-0", "1E+2"])(
    "keeps the literal %s exactly",
    (literal) => {
      const value = rootObject(`{"size": ${literal}}`).members[0]!.value;
      expect(value).toMatchObject({ type: "number", raw: literal, value: Number(literal) });
    },
  );
});

describe("bytes", () => {
  it("reports a BOM at the first character and still reads the rest", () => {
    const result = readJson(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{"a": 1}')]));
    expect(result.issues.map(({ rule, range }) => ({ rule, range }))).toEqual([
      { rule: "json.bom", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } },
    ]);
    expect(result.root?.type).toBe("object");
    expect((result.root as JsonObject).members[0]!.nameRange.start).toEqual({ line: 1, column: 3 });
  });

  it("reports invalid UTF-8 with its byte offset, mapped to the replacement character's position", () => {
    const bytes = new Uint8Array([...encode('{\n "é": "'), 0xff, 0xc3, ...encode('"}')]);
    const result = readJson(bytes);
    expect(result.text).toBe(new TextDecoder().decode(bytes));
    const [issue] = result.issues;
    expect(issue).toMatchObject({ rule: "json.utf8", range: rangeOf(result.text, "\ufffd") });
    // "{\n \"é\": \"" is 10 bytes (é is two), so the bad byte is at offset 10; a second one follows.
    expect(issue!.message).toContain("byte offset 10");
    expect(issue!.message).toContain("1 more");
    expect(result.root?.type).toBe("object");
  });

  it("decodes invalid input exactly as TextDecoder does (one U+FFFD per maximal subpart)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(readJson(bytes).text).toBe(new TextDecoder().decode(bytes));
      }),
    );
  });

  it("reports lone surrogates written as escapes, in values and in names", () => {
    const text = '{"a": "x\\ud800", "\\udc00": 1, "pair": "\\ud83d\\ude00"}';
    expect(issues(text)).toEqual([
      { rule: "json.utf8", range: rangeOf(text, '"x\\ud800"') },
      { rule: "json.utf8", range: rangeOf(text, '"\\udc00"') },
    ]);
  });
});

describe("not JSON", () => {
  it.each([
    ["trailing garbage", '{"a": 1} x', "x"],
    ["a second value", '{"a": 1}{}', "{}"],
    ["a comment", '{"a": 1 // one\n}', "/"],
    ["a trailing comma", '{"a": [1,],}', "]"],
    ["an unquoted token", '{"imageLayoutVersion": 1.0.0}', ".0."],
    ["a raw control character", '{"a": "x\u0001"}', "\u0001"],
    ["nothing at all", "", ""],
  ])("reports %s as json.wellformed at its position", (_, text, at) => {
    const [issue] = issues(text);
    const start = rangeOf(text, at).start;
    if (at === ".0.") start.column += 2; // "1.0" is a number; the second "." is where JSON breaks
    // At the very end of the text the range is empty: it cannot cover a character that is not there.
    const width = text === "" ? 0 : 1;
    expect(issue).toEqual({
      rule: "json.wellformed",
      range: { start, end: { ...start, column: start.column + width } },
    });
  });

  it("still reads a document whose only faults are comments and trailing commas", () => {
    const root = rootObject('{"a": [1,], /* c */ "b": 2,}');
    expect(root.members.map((member) => member.name)).toEqual(["a", "b"]);
  });

  it("reports a top-level value that is not an object over its whole range", () => {
    expect(issues(" [1, 2] ")).toEqual([{ rule: "json.wellformed", range: rangeOf(" [1, 2] ", "[1, 2]") }]);
    expect(issues('"text"')[0]!.rule).toBe("json.wellformed");
  });
});

describe("limits", () => {
  it("reports 100,000-deep nesting without recursing into it", () => {
    const text = "[".repeat(100_000) + "]".repeat(100_000);
    const result = read(text);
    expect(result.root).toBeNull();
    expect(result.issues.map(({ rule, start }) => ({ rule, start }))).toEqual([
      { rule: "limit.depth", start: DEFAULT_READ_LIMITS.maxDepth },
    ]);
  });

  it("does not count brackets inside strings as nesting", () => {
    expect(
      readJson(encode(`{"a": "${"[".repeat(1000)}"}`), { ...DEFAULT_READ_LIMITS, maxDepth: 2 }).issues,
    ).toEqual([]);
  });

  it("reports objects and arrays with more entries than the limit", () => {
    const text = `{"a": [${Array(11).fill(0).join(",")}]}`;
    const result = readJson(encode(text), { ...DEFAULT_READ_LIMITS, maxMembers: 10 });
    expect(result.issues.map(({ rule, range }) => ({ rule, range }))).toEqual([
      { rule: "limit.members", range: rangeOf(text, "[") },
    ]);
  });

  it("does not parse inputs above the byte limit", () => {
    const result = readJson(encode(`{"a": "${"x".repeat(100)}"}`), { ...DEFAULT_READ_LIMITS, maxBytes: 50 });
    expect(result.root).toBeNull();
    expect(result.issues.map((issue) => issue.rule)).toEqual(["limit.document-size"]);
  });
});

describe("agreement with JSON.parse", () => {
  it("reads every JSON text to the value JSON.parse gives", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify({ value }, null, pretty ? 2 : undefined);
        const result = read(text);
        expect(result.issues).toEqual([]);
        expect(JSON.stringify(toPlainValue(result.root!))).toBe(JSON.stringify(JSON.parse(text)));
      }),
    );
  });
});
