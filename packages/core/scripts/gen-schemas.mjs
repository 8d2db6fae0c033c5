/**
 * Compiles our JSON Schemas (src/schemas/json/*.schema.json) ahead of time into one self-contained ES module,
 * src/schemas/generated/validators.js, so that neither browsers (CSP without 'unsafe-eval') nor Node compile
 * schemas at run time.
 *
 * Every shared definition of defs.schema.json is its own schema resource (`$id` defs/<name>). ajv names an error's
 * schema location after the `$ref` it came through when it inlines a definition, but restarts at "#" inside a
 * definition it compiles to a function of its own; we give those functions their definition's name as base, so
 * every location reads `<definition>/<path>` or, for a document's own keywords, `#/<path>`.
 *
 * The standalone output is bundled with esbuild (it still `require`s ajv runtime helpers), and anything that
 * evaluates strings is refused.
 *
 * Usage: `pnpm --filter @ocilens/core gen` writes the file; `--check` only reports whether it is up to date.
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build, transform } from "esbuild";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const schemaDir = new URL("../src/schemas/json/", import.meta.url);
export const outputFile = new URL("../src/schemas/generated/validators.js", import.meta.url);

/** Document kinds with a schema, in output order, and the export name of each compiled validator. */
export const SCHEMA_EXPORTS = {
  "oci-manifest": "ociManifest",
  "oci-index": "ociIndex",
  "oci-config": "ociConfig",
  "oci-descriptor": "ociDescriptor",
  "oci-layout-header": "ociLayoutHeader",
  "docker-manifest": "dockerManifest",
  "docker-manifest-list": "dockerManifestList",
  "docker-config": "dockerConfig",
};

/** Keywords whose failure ajv reports as an error of its own (`if` only repeats its `then` errors). */
const ERROR_KEYWORDS = new Set(["type", "required", "const", "pattern", "minimum", "minItems", "not"]);
/** Subschemas whose errors ajv discards: they are conditions, not constraints. */
const CONDITION_KEYWORDS = new Set(["if", "not"]);
/** Keywords whose values are data or text, not subschemas. */
const VALUE_KEYWORDS = new Set([
  "const",
  "required",
  "type",
  "pattern",
  "$comment",
  "title",
  "$id",
  "$ref",
  "$schema",
]);

/** Code that evaluates strings, or a CommonJS `require` left unbundled. */
const FORBIDDEN_CODE = /(^|[^_.'"\w])require\(|new Function|\beval\(/;

const escapePointer = (segment) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** The shared definitions (name → schema with an absolute `$id`) and the document schemas by kind. */
export async function loadSchemas() {
  const read = async (name) => JSON.parse(await readFile(new URL(`${name}.schema.json`, schemaDir), "utf8"));
  const defsFile = await read("defs");
  const definitions = {};
  for (const [name, definition] of Object.entries(defsFile.$defs)) {
    if (definition.$id !== `defs/${name}`)
      throw new Error(`definition ${name} must have "$id": "defs/${name}"`);
    definitions[name] = { ...definition, $id: new URL(definition.$id, defsFile.$id).href };
  }
  const documents = {};
  for (const kind of Object.keys(SCHEMA_EXPORTS)) documents[kind] = await read(kind);
  return { definitions, documents };
}

/**
 * Every location at which ajv can report an error, written as checkSchema names it: `base` + schema pointer
 * (`required` once per member). `$ref` targets are listed under their own definition.
 */
export function errorLocations(schema, base, found = []) {
  if (Array.isArray(schema)) {
    schema.forEach((item, i) => errorLocations(item, `${base}/${i}`, found));
    return found;
  }
  if (schema === null || typeof schema !== "object") return found;
  for (const [key, value] of Object.entries(schema)) {
    const at = `${base}/${escapePointer(key)}`;
    if (key === "required") for (const member of value) found.push(`${at}/${member}`);
    else if (ERROR_KEYWORDS.has(key)) found.push(at);
    if (VALUE_KEYWORDS.has(key) || CONDITION_KEYWORDS.has(key)) continue;
    if (key === "properties") {
      for (const [name, sub] of Object.entries(value))
        errorLocations(sub, `${at}/${escapePointer(name)}`, found);
    } else errorLocations(value, at, found);
  }
  return found;
}

/** Every error location of every schema, as checkSchema names them: per kind (`#/…`) and per definition. */
export async function schemaErrorLocations() {
  const { definitions, documents } = await loadSchemas();
  const map = (entries, base) =>
    Object.fromEntries(entries.map(([name, schema]) => [name, errorLocations(schema, base(name))]));
  return {
    kinds: map(Object.entries(documents), () => "#"),
    definitions: map(Object.entries(definitions), (name) => name),
  };
}

/**
 * Refuses code that evaluates strings: first by its text, then by running it where string evaluation is switched
 * off (what a Content-Security-Policy without 'unsafe-eval' does in a browser) and calling every validator.
 */
export async function assertNoStringEvaluation(code) {
  const forbidden = FORBIDDEN_CODE.exec(code);
  if (forbidden) throw new Error(`generated validators contain forbidden code: ${forbidden[0]}`);
  const script = await transform(code, { format: "iife", globalName: "validators", target: "es2022" });
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(script.code, context);
  for (const name of Object.values(SCHEMA_EXPORTS)) {
    const validate = context.validators[name];
    if (typeof validate !== "function" || validate({}) !== false)
      throw new Error(`validator ${name} does not work`);
  }
}

/** The committed validators.js. */
export const readCommittedValidators = () => readFile(outputFile, "utf8");

/** The complete text of validators.js. */
export async function generateValidatorsSource() {
  const { definitions, documents } = await loadSchemas();
  const ajv = new Ajv2020({
    allErrors: true,
    messages: false,
    strict: true,
    // A definition such as `digest` is all patterns; its users say `"type": "string"` next to the `$ref`,
    // so that what a wrong type means depends on the place (strictTypes cannot see through inlined refs).
    strictTypes: false,
    allowUnionTypes: true,
    code: { source: true, esm: true },
  });
  for (const [name, definition] of Object.entries(definitions)) {
    ajv.addSchema(definition);
    // ajv's SchemaEnv.schemaPath (default "#") is the base of error locations inside a separately compiled
    // definition; naming it keeps locations unambiguous. Checked by the location coverage test.
    ajv.refs[definition.$id].schemaPath = name;
  }
  const exports = {};
  for (const [kind, schema] of Object.entries(documents)) {
    ajv.addSchema(schema);
    exports[SCHEMA_EXPORTS[kind]] = schema.$id;
  }
  const bundled = await build({
    stdin: { contents: standaloneCode(ajv, exports), resolveDir: packageDir, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    legalComments: "none",
  });
  const code = bundled.outputFiles[0].text;
  await assertNoStringEvaluation(code);
  return (
    "// Generated by packages/core/scripts/gen-schemas.mjs from src/schemas/json/*.schema.json. Do not edit;\n" +
    "// run `pnpm --filter @ocilens/core gen`.\n" +
    code
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const generated = await generateValidatorsSource();
  const current = await readCommittedValidators().catch(() => "");
  if (process.argv.includes("--check")) {
    if (current !== generated) {
      console.error("validators.js is out of date: run `pnpm --filter @ocilens/core gen`");
      process.exit(1);
    }
  } else if (current !== generated) {
    await writeFile(outputFile, generated);
    console.error(`wrote ${fileURLToPath(outputFile)} (${generated.length} bytes)`);
  }
}
