/**
 * The advisory side of the upstream corpus for the platform, annotation, OCI manifest, OCI index and
 * attestation rules: expected.json's `warnings` lists the warning and info findings a complete validator
 * reports for each document. For the rules of these groups, exactly those are reported, no more, no fewer.
 */
import { describe, expect, it } from "vitest";
import { validateDocument, type Kind, type ValidationDiagnostic } from "../src/index.js";
import { annotationRules } from "../src/rules/annotation/index.js";
import { attestationRules } from "../src/rules/attestation/index.js";
import { ociIndexRules } from "../src/rules/oci-index/index.js";
import { ociManifestRules } from "../src/rules/oci-manifest/index.js";
import { platformRules } from "../src/rules/platform/index.js";
import { corpus, type CorpusFormat } from "./support/corpus.js";

const GROUP_KEYS = new Set(
  [...platformRules, ...annotationRules, ...ociManifestRules, ...ociIndexRules, ...attestationRules].map(
    (rule) => rule.key,
  ),
);

const kindOfFormat = (format: CorpusFormat): Kind =>
  format === "docker-list" ? "docker-manifest-list" : format;

describe("advisories of the upstream corpus (platform, annotation, manifest, index, attestation rules)", () => {
  it.each(corpus.map((item) => [item.name, item] as const))("%s", (_, item) => {
    const { diagnostics }: { diagnostics: ValidationDiagnostic[] } = validateDocument(item.bytes, {
      expect: kindOfFormat(item.format),
    });
    const reported = new Set(
      diagnostics.filter((d) => d.severity !== "error" && GROUP_KEYS.has(d.rule)).map((d) => d.rule),
    );
    const expected = new Set(item.warningKeys.filter((key) => GROUP_KEYS.has(key)));
    expect([...reported].sort()).toEqual([...expected].sort());
  });
});
