/**
 * Every upstream conformance document gets the verdict expected.json records, through the whole pipeline
 * (reader, schema, rules), and every invalid one is rejected for (at least) one of the reasons it lists.
 */
import { describe, expect, it } from "vitest";
import { validateDocument, type Kind } from "../src/index.js";
import { corpus, type CorpusFormat } from "./support/corpus.js";

/** expected.json's `format` is the document kind, except that it abbreviates the Docker list. */
const kindOfFormat = (format: CorpusFormat): Kind =>
  format === "docker-list" ? "docker-manifest-list" : format;

describe("upstream corpus verdicts", () => {
  it.each(corpus.map((item) => [item.name, item] as const))("%s", (_, item) => {
    const report = validateDocument(item.bytes, { expect: kindOfFormat(item.format) });
    expect(report.digest).toBe(item.sha256);
    expect(report.size).toBe(item.size);
    const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    if (item.valid) {
      expect(errors).toEqual([]);
    } else {
      expect(errors.map((diagnostic) => diagnostic.rule)).toEqual(
        expect.arrayContaining([expect.toSatisfy((rule: string) => item.ruleKeys.includes(rule))]),
      );
    }
    expect(report.valid).toBe(item.valid);
  });

  it("detects the same kind without being told, wherever the document names itself", () => {
    const selfNamed = corpus.filter(
      (item) => item.valid && item.text.includes('"mediaType"') && item.format !== "oci-descriptor",
    );
    const misdetected = selfNamed
      .map((item) => ({
        name: item.name,
        kind: validateDocument(item.bytes).kind,
        expected: kindOfFormat(item.format),
      }))
      .filter(({ kind, expected }) => kind !== expected);
    expect(misdetected).toEqual([]);
  });
});
