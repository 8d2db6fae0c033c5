/**
 * Generators of hostile input for the property tests (test/hostile/*.test.ts) and the long fuzz run
 * (bench/fuzz/run.ts): arbitrary bytes and JSON, mutations of real documents at the places where parsers
 * disagree (duplicate and case-variant member names, `\u` escapes in names, int64 edge numbers, deep nesting,
 * invalid UTF-8, BOM, CRLF, truncation, bit flips), and index objects with hostile entries for the platform
 * functions. Seeds are passed in, so the same generators run on the corpus in Vitest (Node and Chromium) and
 * on files read from disk in the fuzz script.
 */
import fc from "fast-check";
import type { Platform } from "../../src/index.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Numbers that different JSON readers read differently (H4), or that a double cannot hold. */
export const HOSTILE_NUMBERS = [
  "9007199254740993",
  "9223372036854775807",
  "9223372036854775808",
  "9223372036854776000",
  "18446744073709551616",
  "123456789012345678901234567890123456789",
  "1e400",
  "-1e400",
  "1e-400",
  "-0",
  "1.0",
  "1e3",
  "-1",
  "0.5",
  "-9223372036854775809",
  "0.0000000000000000000000000001",
] as const;

/** Strings that probe the grammars, the renderers and the surrogate/control checks. */
export const HOSTILE_STRINGS = [
  "",
  "\ud800",
  "\udfff\ud800",
  "\u0000",
  "\u2028\u2029",
  "\ufeff",
  "sha256:",
  `sha256:${"a".repeat(64)}\n`,
  `sha256:${"A".repeat(64)}`,
  `sha512:${"0".repeat(127)}`,
  `blake3:${"f".repeat(64)}`,
  "sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564",
  "application/vnd.oci.image.manifest.v1+json\n",
  "application/vnd.oci.image.index.v1+json; charset=utf-8",
  "APPLICATION/VND.OCI.IMAGE.MANIFEST.V1+JSON",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "linux/arm64/v8",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "%00%2e%2e",
  "a".repeat(300),
  "-".repeat(200) + "!",
] as const;

const memberName = /"((?:[^"\\\n]|\\.)*)"\s*:/g;

/** Offsets and names of every member name in `text` (a textual scan: good enough to aim mutations). */
function memberNames(text: string): Array<{ start: number; end: number; name: string }> {
  return [...text.matchAll(memberName)].map((match) => ({
    start: match.index,
    end: match.index + match[1]!.length + 2,
    name: match[1]!,
  }));
}

const numberLiteral = /(?<=[:,[\s])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?=[\s,\]}])/g;
const stringLiteral = /(?<=:\s*)"(?:[^"\\\n]|\\.)*"/g;

function pick<T>(items: readonly T[], seed: number): T | undefined {
  return items.length === 0 ? undefined : items[seed % items.length];
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function escapeAll(name: string): string {
  return [...name].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
}

/** One change to a document; `seed` aims it (which member, which byte, which value). */
export type Mutation =
  | { type: "truncate"; seed: number }
  | { type: "flip-bit"; seed: number; bit: number }
  | { type: "insert-bytes"; seed: number; bytes: readonly number[] }
  | { type: "duplicate-member"; seed: number; value: string }
  | { type: "case-variant"; seed: number }
  | { type: "escape-name"; seed: number }
  | { type: "number"; seed: number; literal: string }
  | { type: "string"; seed: number; value: string }
  | { type: "nest"; seed: number; depth: number }
  | { type: "bom" }
  | { type: "crlf" };

/** Applies one mutation; text-level mutations work on the UTF-8 decoding, byte-level ones on the bytes. */
export function mutate(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  switch (mutation.type) {
    case "truncate":
      return bytes.slice(0, bytes.length === 0 ? 0 : mutation.seed % bytes.length);
    case "flip-bit": {
      if (bytes.length === 0) return bytes;
      const copy = bytes.slice();
      copy[mutation.seed % copy.length]! ^= 1 << (mutation.bit % 8);
      return copy;
    }
    case "insert-bytes": {
      const at = bytes.length === 0 ? 0 : mutation.seed % bytes.length;
      const result = new Uint8Array(bytes.length + mutation.bytes.length);
      result.set(bytes.subarray(0, at));
      result.set(mutation.bytes, at);
      result.set(bytes.subarray(at), at + mutation.bytes.length);
      return result;
    }
    case "bom":
      return Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes);
    case "crlf":
      return encoder.encode(decoder.decode(bytes).replace(/\r?\n/g, "\r\n"));
    default:
      return encoder.encode(mutateText(decoder.decode(bytes), mutation));
  }
}

function mutateText(
  text: string,
  mutation: Extract<
    Mutation,
    { type: "duplicate-member" | "case-variant" | "escape-name" | "number" | "string" | "nest" }
  >,
): string {
  switch (mutation.type) {
    case "duplicate-member": {
      const member = pick(memberNames(text), mutation.seed);
      if (!member) return text;
      return splice(text, member.start, member.start, `"${member.name}": ${mutation.value}, `);
    }
    case "case-variant": {
      const member = pick(memberNames(text), mutation.seed);
      if (!member) return text;
      const variant =
        mutation.seed % 2 === 0
          ? member.name.toUpperCase()
          : member.name.charAt(0).toUpperCase() + member.name.slice(1);
      return splice(text, member.start, member.end, `"${variant}"`);
    }
    case "escape-name": {
      const member = pick(memberNames(text), mutation.seed);
      if (!member || member.name.includes("\\")) return text;
      return splice(text, member.start, member.end, `"${escapeAll(member.name)}"`);
    }
    case "number": {
      const match = pick([...text.matchAll(numberLiteral)], mutation.seed);
      if (!match) return text;
      return splice(text, match.index, match.index + match[0].length, mutation.literal);
    }
    case "string": {
      const match = pick([...text.matchAll(stringLiteral)], mutation.seed);
      if (!match) return text;
      return splice(text, match.index, match.index + match[0].length, JSON.stringify(mutation.value));
    }
    case "nest": {
      const match = pick([...text.matchAll(stringLiteral)], mutation.seed);
      if (!match) return text;
      const open = mutation.seed % 2 === 0 ? "[" : '{"x":';
      const close = open === "[" ? "]" : "}";
      const wrapped = open.repeat(mutation.depth) + match[0] + close.repeat(mutation.depth);
      return splice(text, match.index, match.index + match[0].length, wrapped);
    }
  }
}

const jsonLiteral = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_STRINGS).map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? "null"),
);

const seedIndex = fc.nat({ max: 1_000_000 });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant("truncate" as const), seed: seedIndex }),
  fc.record({ type: fc.constant("flip-bit" as const), seed: seedIndex, bit: fc.nat({ max: 7 }) }),
  fc.record({
    type: fc.constant("insert-bytes" as const),
    seed: seedIndex,
    bytes: fc.oneof(
      fc.constantFrom([0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0]),
      fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 8 }),
    ),
  }),
  fc.record({ type: fc.constant("duplicate-member" as const), seed: seedIndex, value: jsonLiteral }),
  fc.record({ type: fc.constant("case-variant" as const), seed: seedIndex }),
  fc.record({ type: fc.constant("escape-name" as const), seed: seedIndex }),
  fc.record({
    type: fc.constant("number" as const),
    seed: seedIndex,
    literal: fc.oneof(
      fc.constantFrom(...HOSTILE_NUMBERS),
      fc.double().map((value) => (Number.isFinite(value) ? String(value) : "1e999")),
      fc.bigInt().map(String),
    ),
  }),
  fc.record({
    type: fc.constant("string" as const),
    seed: seedIndex,
    value: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 40 })),
  }),
  fc.record({ type: fc.constant("nest" as const), seed: seedIndex, depth: fc.integer({ min: 1, max: 100 }) }),
  fc.constant({ type: "bom" as const }),
  fc.constant({ type: "crlf" as const }),
);

/** A seed document changed by one to four mutations. */
export function mutatedDocument(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }))
    .map(([seed, mutations]) => mutations.reduce(mutate, seed));
}

/** Any JSON value, written compactly or indented, as bytes. */
export const jsonDocument: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 1, "\t"))
  .map(([value, indent]) => encoder.encode(JSON.stringify(value, null, indent) ?? "null"));

/** Any bytes, including invalid UTF-8. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 512 });

/** Everything at once: mutated real documents most of the time, arbitrary JSON and bytes otherwise. */
export function hostileDocument(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { arbitrary: mutatedDocument(seeds), weight: 6 },
    { arbitrary: jsonDocument, weight: 2 },
    { arbitrary: anyBytes, weight: 1 },
    {
      arbitrary: fc.string({ unit: "binary", maxLength: 200 }).map((text) => encoder.encode(text)),
      weight: 1,
    },
  );
}

const platformText = fc.oneof(
  fc.constantFrom(
    "",
    "linux",
    "windows",
    "darwin",
    "macos",
    "amd64",
    "arm64",
    "aarch64",
    "arm",
    "armhf",
    "armel",
    "x86_64",
    "i386",
    "386",
    "v5",
    "v6",
    "v7",
    "v8",
    "v9",
    "v1",
    "v2",
    "v3",
    "v4",
    "unknown",
    "10.0.17763.1",
    "10.0.20348.2582",
    "win32k",
    "LINUX",
    "ARM64",
  ),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** Platforms with well-known, odd and hostile field values. */
export const platformArbitrary: fc.Arbitrary<Platform> = fc
  .record(
    {
      os: platformText,
      architecture: platformText,
      variant: platformText,
      "os.version": platformText,
      "os.features": fc.array(platformText, { maxLength: 3 }),
    },
    { requiredKeys: ["os", "architecture"] },
  )
  .map((platform) => platform as Platform);

/** Platform specifiers people type, near misses of them, and arbitrary text. */
export const specifierArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      platformText,
      platformText,
      platformText,
      fc.constantFrom("", ":10.0.1", ",osver=1", ",x=1", "/x/y"),
    )
    .map(([os, arch, variant, suffix]) => `${os}/${arch}${variant === "" ? "" : `/${variant}`}${suffix}`),
  fc
    .tuple(platformText, platformText, platformText)
    .map(([os, version, feature]) => `${os}(${version}+${feature})/amd64`),
  platformText,
  fc.string({ maxLength: 60 }),
);

/** An index entry: a plausible descriptor with hostile fields, or any JSON value at all. */
const entryArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      mediaType: fc.oneof(
        fc.constantFrom(
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.docker.distribution.manifest.v2+json",
          "application/vnd.oci.image.index.v1+json",
        ),
        platformText,
      ),
      digest: fc.oneof(fc.constant(`sha256:${"a".repeat(64)}`), fc.constantFrom(...HOSTILE_STRINGS)),
      size: fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
      platform: fc.oneof(platformArbitrary, fc.jsonValue({ maxDepth: 2 })),
      annotations: fc.oneof(
        fc.constant({
          "vnd.docker.reference.type": "attestation-manifest",
          "vnd.docker.reference.digest": `sha256:${"a".repeat(64)}`,
        }),
        fc.constant({ "io.github.containers.compression.zstd": "true" }),
        fc.dictionary(platformText, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Objects shaped like an image index (or manifest list), with hostile entries. */
export const indexArbitrary: fc.Arbitrary<{ mediaType?: unknown; manifests: unknown[] }> = fc.record(
  {
    mediaType: fc.oneof(
      fc.constantFrom(
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
      ),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    manifests: fc.array(entryArbitrary, { maxLength: 12 }),
  },
  { requiredKeys: ["manifests"] },
);

/**
 * `count` values of `arbitrary` drawn reproducibly from `seed` (for the fuzz script, which runs outside Vitest).
 * Build the arbitrary once: constructing string arbitraries is costly.
 */
export function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed });
}
