/**
 * Every regular expression in packages/*\/src and apps/playground/src (including the generated schema
 * validators) is checked for catastrophic backtracking (ReDoS) with recheck, which proves a pattern safe or
 * finds an attack string. Node only (recheck runs a native checker); the adversarial-input tests in
 * grammars.test.ts exercise the most exposed patterns in both Node and Chromium.
 */
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { findRegexes, svelteScripts, type FoundRegex } from "./regex-literals.js";

const sources = {
  ...import.meta.glob("../../src/**/*.{ts,js}", { query: "?raw", import: "default", eager: true }),
  ...import.meta.glob("../../../cli/src/**/*.ts", { query: "?raw", import: "default", eager: true }),
  ...import.meta.glob("../../../../apps/playground/src/**/*.{ts,svelte}", {
    query: "?raw",
    import: "default",
    eager: true,
  }),
} as Record<string, string>;

/**
 * Patterns whose verdict recheck's fuzzing checker does not settle (too large to decide in its budget, or
 * anchored at `^` with a lookahead, which it sometimes rates polynomial although V8 tries the one start
 * position only), each shown linear by 100,000-character near misses instead: schemas.test.ts › patterns on
 * long near-miss inputs (URI, digests) and grammars.test.ts › digest grammar.
 */
const PROVEN_BY_ADVERSARIAL_INPUT = [
  "/^[A-Za-z][A-Za-z0-9+.-]*:(?://",
  "/^sha256:(?:",
  "/^sha512:(?:",
  "/^blake3:(?:",
];

const regexes: FoundRegex[] = Object.entries(sources).flatMap(([file, text]) =>
  findRegexes(file, file.endsWith(".svelte") ? svelteScripts(text) : text),
);

describe("regular expressions in the sources", () => {
  it("finds the regexes of every package, the generated validators and the playground", () => {
    const files = new Set(regexes.map((regex) => regex.file));
    expect([...files].some((file) => file.includes("/schemas/generated/validators.js"))).toBe(true);
    expect([...files].some((file) => file.includes("/cli/src/"))).toBe(true);
    expect([...files].some((file) => file.includes("/apps/playground/src/"))).toBe(true);
    expect(regexes.length).toBeGreaterThan(50);
  });

  it("has no pattern with catastrophic backtracking (recheck)", async () => {
    const unique = new Map(regexes.map((regex) => [`/${regex.source}/${regex.flags}`, regex]));
    const unproven = [];
    // One at a time with a fixed seed: the fuzzing checker's verdicts depend on its time budget and PRNG.
    for (const [pattern, regex] of unique) {
      const { status } = await check(regex.source, regex.flags, { timeout: 30_000, randomSeed: 1 });
      if (status === "safe" || PROVEN_BY_ADVERSARIAL_INPUT.some((prefix) => pattern.startsWith(prefix)))
        continue;
      unproven.push({ at: `${regex.file}:${regex.line}`, pattern, status });
    }
    expect(unproven).toEqual([]);
  }, 600_000);
});
