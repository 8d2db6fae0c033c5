/**
 * Node-only checks of the schema generator (it reads files and runs esbuild): the committed validators.js is
 * what the generator produces now, the bundle never evaluates strings, and rule-table.ts names a rule for every
 * location at which the compiled schemas can report an error. Excluded from the core-browser project.
 */
import { describe, expect, test } from "vitest";
import {
  assertNoStringEvaluation,
  generateValidatorsSource,
  readCommittedValidators,
  schemaErrorLocations,
} from "../scripts/gen-schemas.mjs";
import { schemaLocation } from "../src/schemas/index.js";
import { SCHEMA_RULES } from "../src/schemas/rule-table.js";

describe("generated validators", () => {
  test("the committed validators.js is up to date (run `pnpm --filter @ocilens/core gen`)", async () => {
    expect(await readCommittedValidators()).toBe(await generateValidatorsSource());
  }, 30_000);

  test("the committed bundle runs with string evaluation switched off, as under a CSP without 'unsafe-eval'", async () => {
    await expect(assertNoStringEvaluation(await readCommittedValidators())).resolves.toBeUndefined();
  });

  test("the string-evaluation check refuses eval and new Function, even when hidden from a text search", async () => {
    await expect(assertNoStringEvaluation('export const f = new Function("return 1");')).rejects.toThrow(
      /forbidden/,
    );
    await expect(assertNoStringEvaluation('export const f = globalThis["ev" + "al"]("1");')).rejects.toThrow(
      /Code generation from strings disallowed/,
    );
  });
});

describe("rule table", () => {
  test("every location the schemas can report has a rule, for every kind", async () => {
    const { kinds, definitions } = await schemaErrorLocations();
    const missing: string[] = [];
    for (const [kind, locations] of Object.entries(kinds)) {
      for (const location of locations) {
        if (!SCHEMA_RULES[`${kind} ${location}`] && !SCHEMA_RULES[location])
          missing.push(`${kind} ${location}`);
      }
    }
    for (const locations of Object.values(definitions)) {
      for (const location of locations) if (!SCHEMA_RULES[location]) missing.push(location);
    }
    expect(missing).toEqual([]);
  });

  test("every table entry is a location some schema can report", async () => {
    const { kinds, definitions } = await schemaErrorLocations();
    const known = new Set([
      ...Object.entries(kinds).flatMap(([kind, locations]) => locations.flatMap((l) => [l, `${kind} ${l}`])),
      ...Object.values(definitions).flatMap((locations) => [
        ...locations,
        ...Object.keys(kinds).flatMap((kind) => locations.map((l) => `${kind} ${l}`)),
      ]),
    ]);
    expect(Object.keys(SCHEMA_RULES).filter((key) => !known.has(key))).toEqual([]);
  });

  test("the locations ajv writes into the compiled code are the ones the table is checked against", async () => {
    const { kinds, definitions } = await schemaErrorLocations();
    const walked = new Set([...Object.values(kinds).flat(), ...Object.values(definitions).flat()]);
    const code = await readCommittedValidators();
    const emitted = [
      ...code.matchAll(
        /schemaPath: "([^"]+)", keyword: "(\w+)", params: \{ (?:missingProperty: "([^"]+)")?/g,
      ),
    ]
      .filter(([, , keyword]) => keyword !== "if")
      .map(([, schemaPath = "", keyword = "", missingProperty]) =>
        schemaLocation({ schemaPath, keyword, params: { missingProperty } }),
      );
    expect(emitted.length).toBeGreaterThan(50);
    expect([...new Set(emitted)].filter((location) => !walked.has(location))).toEqual([]);
  });
});
