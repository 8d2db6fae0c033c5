/**
 * Property tests: hostile documents (mutated corpus documents, arbitrary JSON, arbitrary bytes and strings)
 * through validateDocument and validateDocuments never throw and always give a report that keeps the
 * contract, with every range inside the document. Runs are counted (fast-check's numRuns), never timed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  KINDS,
  MEDIA_TYPES,
  digestBytesSync,
  validateDocument,
  validateDocuments,
  type NamedInput,
} from "../../src/index.js";
import { corpus } from "../support/corpus.js";
import { hostileDocument, mutatedDocument, HOSTILE_STRINGS } from "./arbitraries.js";
import { reportProblems } from "./invariants.js";
import { rangeOf } from "../validate-support.js";

const seeds = corpus.map((item) => item.bytes);
const encoder = new TextEncoder();
const expectation = fc.option(
  fc.constantFrom<string>(...KINDS, ...Object.values(MEDIA_TYPES), "text/plain"),
  {
    nil: undefined,
  },
);

describe("validateDocument on hostile input", () => {
  it("gives a contract-keeping report for every mutated, arbitrary or binary document", () => {
    fc.assert(
      fc.property(hostileDocument(seeds), expectation, (bytes, expect_) => {
        const report = validateDocument(bytes, { expect: expect_ });
        expect(reportProblems(bytes, report)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("validates a string input as its UTF-8 encoding, lone surrogates included", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.constantFrom(...HOSTILE_STRINGS).map((value) => `{"mediaType": "${value}", "${value}": 1}`),
    );
    fc.assert(
      fc.property(text, (input) => {
        const report = validateDocument(input);
        expect(reportProblems(encoder.encode(input), report)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("gives a string that holds a raw line break the range of the lines it spans (found by the property above)", () => {
    const text =
      '{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.ma\nnifest.v1+json", "layers": []}';
    const mediaType = validateDocument(text, { expect: "oci-manifest" }).diagnostics.filter(
      ({ pointer }) => pointer === "/mediaType",
    );
    expect(mediaType.length).toBeGreaterThan(0);
    for (const diagnostic of mediaType)
      expect(diagnostic.range).toEqual(rangeOf(text, '"application/vnd.oci.image.ma\nnifest.v1+json"'));
  });

  it("gives the same report twice for the same bytes (no state carried between runs)", () => {
    fc.assert(
      fc.property(mutatedDocument(seeds), (bytes) => {
        expect(validateDocument(bytes.slice())).toEqual(validateDocument(bytes));
      }),
      { numRuns: 60 },
    );
  });
});

describe("validateDocuments on hostile sets", () => {
  /** Hostile documents plus an index naming each of them by digest, so every cross-document rule runs. */
  const sets = fc
    .tuple(
      fc.array(mutatedDocument(seeds), { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom<string>(...Object.values(MEDIA_TYPES)), { minLength: 4, maxLength: 4 }),
      fc.array(fc.integer({ min: -2, max: 5000 }), { minLength: 4, maxLength: 4 }),
    )
    .map(([documents, mediaTypes, sizes]): NamedInput[] => {
      const index = {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: documents.map((bytes, position) => ({
          mediaType: mediaTypes[position],
          digest: digestBytesSync(bytes),
          size: position % 2 === 0 ? bytes.length : sizes[position],
          platform: { os: "linux", architecture: position % 2 === 0 ? "amd64" : "arm64" },
        })),
      };
      return [
        { name: "index.json", bytes: JSON.stringify(index) },
        ...documents.map((bytes, position) => ({ name: `document-${position}.json`, bytes })),
      ];
    });

  it("cross-checks hostile documents without throwing, one contract-keeping report per input", () => {
    fc.assert(
      fc.property(sets, (inputs) => {
        const reports = validateDocuments(inputs);
        expect(reports.map((report) => report.name)).toEqual(inputs.map((input) => input.name));
        for (const [position, report] of reports.entries()) {
          const bytes = inputs[position]!.bytes;
          expect(reportProblems(typeof bytes === "string" ? encoder.encode(bytes) : bytes, report)).toEqual(
            [],
          );
        }
      }),
      { numRuns: 80 },
    );
  });
});
