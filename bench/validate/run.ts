/**
 * Full validation (validateDocument: reader, kind detection, schema, every rule, report) against the reference
 * measured in the same run: the bare ajv standalone validators of packages/core/src/schemas on the same
 * documents with the same schemas, fed by TextDecoder + JSON.parse (ajv needs a parsed value; the digest,
 * positions and rules are what the full path adds). Also printed: ajv alone on pre-parsed values. Target:
 * full validation within 3x of the reference.
 *
 *   pnpm --filter @ocilens/cli exec tsx ../../bench/validate/run.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { validateDocument, type Kind } from "../../packages/core/src/index.js";
import { hasSchema, schemaValidators } from "../../packages/core/src/schemas/index.js";

const TARGET_RATIO = 3;
const corpusDir = new URL("../../../shared/corpus/upstream/", import.meta.url);
const expected = JSON.parse(readFileSync(new URL("expected.json", corpusDir), "utf8")) as Record<
  string,
  { format: string; valid: boolean }
>;

/** Every corpus document that parses and has a schema, with the kind the corpus says it is. */
const documents = readdirSync(corpusDir)
  .filter((name) => name in expected)
  .map((name) => {
    const format = expected[name]!.format;
    const kind = (format === "docker-list" ? "docker-manifest-list" : format) as Kind;
    return { kind, bytes: new Uint8Array(readFileSync(new URL(name, corpusDir))) };
  })
  .filter(({ kind, bytes }) => hasSchema(kind) && parses(bytes));

function parses(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}

type Run = (document: (typeof documents)[number], index: number) => unknown;

/**
 * Documents per second of each run over the whole set. The runs take turns in short slices for about
 * `milliseconds` in all, so a machine whose load changes during the bench slows them alike and the ratio stays fair.
 */
function throughputs(runs: Record<string, Run>, milliseconds = 6000): Record<string, number> {
  const names = Object.keys(runs);
  for (const name of names) for (let round = 0; round < 20; round++) documents.forEach(runs[name]!);
  const elapsed = Object.fromEntries(names.map((name) => [name, 0]));
  const count = Object.fromEntries(names.map((name) => [name, 0]));
  const end = performance.now() + milliseconds;
  while (performance.now() < end) {
    for (const name of names) {
      const start = performance.now();
      do {
        documents.forEach(runs[name]!);
        count[name]! += documents.length;
      } while (performance.now() - start < 50);
      elapsed[name]! += performance.now() - start;
    }
  }
  return Object.fromEntries(names.map((name) => [name, (count[name]! / elapsed[name]!) * 1000]));
}

const decoder = new TextDecoder();
const parsed = documents.map(({ bytes }) => JSON.parse(decoder.decode(bytes)) as unknown);
let sink = 0;

const { full, reference, ajvOnly } = throughputs({
  full: ({ kind, bytes }) => {
    sink += validateDocument(bytes, { expect: kind }).diagnostics.length;
  },
  reference: ({ kind, bytes }) => {
    sink += schemaValidators[kind as keyof typeof schemaValidators](JSON.parse(decoder.decode(bytes)))
      ? 1
      : 0;
  },
  ajvOnly: ({ kind }, index) => {
    sink += schemaValidators[kind as keyof typeof schemaValidators](parsed[index]) ? 1 : 0;
  },
}) as Record<"full" | "reference" | "ajvOnly", number>;

const ratio = reference / full;
const format = (value: number) => Math.round(value).toLocaleString("en-US").padStart(10);
process.stdout.write(
  [
    `${documents.length} corpus documents (${documents.reduce((sum, d) => sum + d.bytes.length, 0)} bytes), sink ${sink % 7}`,
    `full validation (validateDocument)        ${format(full)} docs/s`,
    `reference: JSON.parse + ajv standalone    ${format(reference)} docs/s`,
    `ajv standalone alone (pre-parsed values)  ${format(ajvOnly)} docs/s`,
    `ratio reference/full: ${ratio.toFixed(2)}x (target within ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`,
    "",
  ].join("\n"),
);
