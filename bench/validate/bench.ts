/**
 * Full validation (validateDocument: reader, kind detection, schema, every rule, report) against the reference
 * measured in the same run: the bare ajv standalone validators of packages/core/src/schemas on the same
 * documents with the same schemas, fed by TextDecoder + JSON.parse (ajv needs a parsed value; the digest,
 * positions and rules are what the full path adds). Also printed: ajv alone on pre-parsed values. Target:
 * full validation within 3x of the reference. Full validation hashes with node:crypto as the CLI does; the pure
 * default (what a browser gets) is printed beside it.
 *
 * Then large generated indexes (500 entries: the playground validates one per pause in typing; 10,000
 * entries; about 12.8 MB), each validated whole against the same reference on the same bytes, in CPU time
 * of this process (the best of a few runs, since a loaded machine only ever makes a run slower).
 *
 * Runs bundled, as the core ships (run.ts bundles this file with esbuild first; under tsx every closure would
 * carry a keepNames wrapper and the rules would measure about twice as slow as they run in the CLI):
 *
 *   pnpm exec tsx bench/validate/run.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { validateDocument, type Kind } from "../../packages/core/src/index.js";
import { readDocument } from "../../packages/core/src/documents/document.js";
import { hasSchema, schemaValidators } from "../../packages/core/src/schemas/index.js";
import { resolveRuleSettings } from "../../packages/core/src/validate/rule-settings.js";
import { schemaDiagnostics } from "../../packages/core/src/validate/schema.js";
import { sha256Sync } from "../../packages/cli/src/io/sha256-sync.js";

const TARGET_RATIO = 3;
// Bundled into a temporary folder, this file cannot find the corpus from its own URL: run.ts says where it is.
const corpusDir = pathToFileURL(`${process.env.OCILENS_BENCH_CORPUS}/`);
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

const defaultSettings = resolveRuleSettings();

const { full, fullPureDigest, reading, readingAndSchema, reference, ajvOnly } = throughputs({
  full: ({ kind, bytes }) => {
    sink += validateDocument(bytes, { expect: kind, sha256: sha256Sync }).diagnostics.length;
  },
  fullPureDigest: ({ kind, bytes }) => {
    sink += validateDocument(bytes, { expect: kind }).diagnostics.length;
  },
  // The stages before the rules, so that every run shows what the rules cost on top of them.
  reading: ({ kind, bytes }) => {
    sink += readDocument(bytes, { expect: kind, sha256: sha256Sync }).bytes.length;
  },
  readingAndSchema: ({ kind, bytes }) => {
    const document = readDocument(bytes, { expect: kind, sha256: sha256Sync });
    sink += schemaDiagnostics(document, defaultSettings).length;
  },
  reference: ({ kind, bytes }) => {
    sink += schemaValidators[kind as keyof typeof schemaValidators](JSON.parse(decoder.decode(bytes)))
      ? 1
      : 0;
  },
  ajvOnly: ({ kind }, index) => {
    sink += schemaValidators[kind as keyof typeof schemaValidators](parsed[index]) ? 1 : 0;
  },
}) as Record<"full" | "fullPureDigest" | "reading" | "readingAndSchema" | "reference" | "ajvOnly", number>;

/**
 * A deterministic index of `entries` entries laid out as BuildKit writes them: images first (Linux platforms,
 * which repeat in an index this long, and Windows builds), then one attestation per image for the last quarter.
 */
function generatedIndex(entries: number): Uint8Array {
  const architectures = [
    ["amd64"],
    ["arm64", "v8"],
    ["arm", "v7"],
    ["ppc64le"],
    ["s390x"],
    ["386"],
    ["riscv64"],
  ];
  const hex = (n: number) => n.toString(16).padStart(64, "0");
  const images = entries - Math.floor(entries / 4);
  const manifests = Array.from({ length: entries }, (_, i) => {
    const base = {
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: `sha256:${hex(i)}`,
      size: 1000 + i,
    };
    if (i >= images) {
      return {
        ...base,
        platform: { os: "unknown", architecture: "unknown" },
        annotations: {
          "vnd.docker.reference.type": "attestation-manifest",
          "vnd.docker.reference.digest": `sha256:${hex(i - images)}`,
        },
      };
    }
    const [architecture, variant] = architectures[i % architectures.length]!;
    const windows = i % 3 === 0;
    return {
      ...base,
      platform: {
        os: windows ? "windows" : "linux",
        architecture,
        ...(variant ? { variant } : {}),
        ...(windows ? { "os.version": `10.0.17763.${i}` } : {}),
      },
      annotations: {
        "org.opencontainers.image.created": "2024-01-01T00:00:00Z",
        "org.opencontainers.image.revision": `${i}`,
      },
    };
  });
  const index = { schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests };
  return new TextEncoder().encode(JSON.stringify(index, null, 2));
}

/** Best CPU milliseconds of `run` over `times` runs. */
function cpuMilliseconds(run: () => unknown, times: number): number {
  let best = Infinity;
  for (let round = 0; round < times; round++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const large = [
  { entries: 500, times: 20 },
  { entries: 10_000, times: 3 },
  { entries: 28_000, times: 2 },
].map(({ entries, times }) => {
  const bytes = generatedIndex(entries);
  const fullMs = cpuMilliseconds(() => validateDocument(bytes, { sha256: sha256Sync }), times);
  const referenceMs = cpuMilliseconds(
    () => schemaValidators["oci-index"](JSON.parse(decoder.decode(bytes))),
    times,
  );
  return `${`${entries.toLocaleString("en-US")}-entry index (${(bytes.length / 1e6).toFixed(1)} MB)`.padEnd(32)} full ${fullMs.toFixed(1).padStart(8)} ms CPU, reference ${referenceMs.toFixed(1).padStart(7)} ms (${(fullMs / referenceMs).toFixed(1)}x)`;
});

const ratio = reference / full;
const format = (value: number) => Math.round(value).toLocaleString("en-US").padStart(10);
process.stdout.write(
  [
    `${documents.length} corpus documents (${documents.reduce((sum, d) => sum + d.bytes.length, 0)} bytes), sink ${sink % 7}`,
    `full validation (validateDocument)        ${format(full)} docs/s  (node:crypto sha256, as the CLI)`,
    `  with the pure default sha256            ${format(fullPureDigest)} docs/s  (as in a browser)`,
    `  its reading alone                       ${format(reading)} docs/s  (tree with offsets, plain value, sha256, kind: ${(reference / reading).toFixed(2)}x)`,
    `  its reading and the schema check        ${format(readingAndSchema)} docs/s  (${(reference / readingAndSchema).toFixed(2)}x; the rest is the rules)`,
    `reference: JSON.parse + ajv standalone    ${format(reference)} docs/s`,
    `ajv standalone alone (pre-parsed values)  ${format(ajvOnly)} docs/s`,
    `ratio reference/full: ${ratio.toFixed(2)}x (target within ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`,
    ...large,
    "",
  ].join("\n"),
);
