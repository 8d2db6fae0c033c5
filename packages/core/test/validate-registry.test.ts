/**
 * The registry against the catalogue (shared/spec/rules.json, copied to fixtures/rules.json), and the
 * committed rule reference page against what the registry generates.
 */
import { describe, expect, it } from "vitest";
import committedPage from "../../../docs/rules.md?raw";
import { renderRuleReference } from "../../../scripts/rule-docs.js";
import { RULES } from "../src/index.js";
import catalogue from "./fixtures/rules.json";

describe("rule registry", () => {
  it("uses the catalogue's key and severity for every catalogue id it implements", () => {
    const implemented = catalogue.filter((entry) => RULES.some((rule) => rule.id === entry.id));
    const registered = implemented.map((entry) => {
      const rule = RULES.find((candidate) => candidate.id === entry.id)!;
      return { id: rule.id, key: rule.key, severity: rule.severity };
    });
    expect(registered).toEqual(implemented.map(({ id, key, sev }) => ({ id, key, severity: sev })));
    expect(implemented.length).toBeGreaterThan(90);
  });

  it("implements every document rule of the catalogue, R1–R110 (R111 is about transport, checked by the CLI)", () => {
    const documentRules = catalogue.filter((entry) => Number(entry.id.slice(1)) <= 110);
    expect(documentRules).toHaveLength(110);
    const missing = documentRules.filter((entry) => !RULES.some((rule) => rule.id === entry.id));
    expect(missing.map((entry) => entry.id)).toEqual([]);
  });

  it("has unique ids and keys, and catalogue-style keys for rules beyond it", () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((rule) => rule.key)).size).toBe(RULES.length);
    const own = RULES.filter((rule) => !/^R\d+$/.test(rule.id));
    for (const rule of own) {
      expect(rule.id).toMatch(/^X[A-Z]*\d+$/);
      expect(rule.key).toMatch(/^[a-z0-9]+\.[a-z0-9-]+$/);
    }
  });

  it("gives every rule the metadata the reference page and editors show", () => {
    for (const rule of RULES) {
      expect(rule.summary.length, rule.key).toBeGreaterThan(10);
      expect(rule.docs.length, rule.key).toBeGreaterThan(rule.summary.length);
      expect(rule.source, rule.key).not.toBe("");
      expect(rule.formats.length, rule.key).toBeGreaterThan(0);
      expect(rule.kinds.length, rule.key).toBeGreaterThan(0);
    }
  });
});

describe("docs/rules.md", () => {
  it("is the page the registry generates (run scripts/gen-rule-docs.ts after changing a rule)", () => {
    expect(committedPage).toBe(renderRuleReference(RULES));
  });
});
