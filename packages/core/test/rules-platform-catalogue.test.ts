/**
 * The platform, annotation, OCI manifest, OCI index and attestation groups against the catalogue
 * (shared/spec/rules.json, copied to fixtures/rules.json): exactly their catalogue ids, each with the
 * catalogue's key, severity and formats.
 */
import { expect, it } from "vitest";
import type { Rule } from "../src/index.js";
import { annotationRules } from "../src/rules/annotation/index.js";
import { attestationRules } from "../src/rules/attestation/index.js";
import { ociIndexRules } from "../src/rules/oci-index/index.js";
import { ociManifestRules } from "../src/rules/oci-manifest/index.js";
import { platformRules } from "../src/rules/platform/index.js";
import catalogue from "./fixtures/rules.json";

const ids = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `R${from + index}`);

const groups: Array<[name: string, rules: readonly Rule[], expectedIds: string[]]> = [
  ["platform", platformRules, ids(29, 36)],
  ["annotation", annotationRules, ids(37, 45)],
  ["oci-manifest", ociManifestRules, ids(48, 63)],
  ["oci-index", ociIndexRules, ids(64, 71)],
  ["attestation", attestationRules, ids(107, 110)],
];

it.each(groups)(
  "the %s group implements its catalogue rules with their key, severity and formats",
  (_, rules, expectedIds) => {
    expect(rules.map((rule) => rule.id)).toEqual(expectedIds);
    const actual = rules.map(({ id, key, severity, formats }) => ({
      id,
      key,
      severity,
      formats: formats.join(" "),
    }));
    const expected = expectedIds.map((id) => {
      const entry = catalogue.find((candidate) => candidate.id === id)!;
      return { id, key: entry.key, severity: entry.sev, formats: entry.formats };
    });
    expect(actual).toEqual(expected);
  },
);
