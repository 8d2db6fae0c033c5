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

/** Documents per second of `run` over the whole set, measured for about `milliseconds` after a warm-up. */
function throughput(run: (document: (typeof documents)[number]) => unknown, milliseconds = 2000): number {
  for (let round = 0; round < 20; round++) documents.forEach(run);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < milliseconds) {
    documents.forEach(run);
    count += documents.length;
  }
  return (count / (performance.now() - start)) * 1000;
}

const decoder = new TextDecoder();
const parsed = documents.map(({ bytes }) => JSON.parse(decoder.decode(bytes)) as unknown);
let sink = 0;

const full = throughput(({ kind, bytes }) => {
  sink += validateDocument(bytes, { expect: kind }).diagnostics.length;
});
const reference = throughput(({ kind, bytes }) => {
  sink += schemaValidators[kind as keyof typeof schemaValidators](JSON.parse(decoder.decode(bytes))) ? 1 : 0;
});
let index = 0;
const ajvOnly = throughput(({ kind }) => {
  sink += schemaValidators[kind as keyof typeof schemaValidators](parsed[index++ % parsed.length]) ? 1 : 0;
});

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
