/** The full-size pathological documents of the benchmark, by name (the generators are shared with the tests). */
import {
  deepNesting,
  largeIndex,
  longString,
  manyMembers,
  manyValues,
  oversizedDocument,
  type Pathological,
} from "../../packages/core/test/hostile/pathological-inputs.js";

const MiB = 1024 * 1024;

export const CASES: Record<string, () => Pathological> = {
  "64 MiB document (at the reader limit)": () => ({
    ...oversizedDocument(64 * MiB),
    rule: "limit.string-length",
  }),
  "64 MiB + 1 byte (over the reader limit)": () => oversizedDocument(64 * MiB + 1),
  "nesting 100,000 deep": () => deepNesting(100_000),
  "1,000,000 members": () => manyMembers(1_000_000),
  "2,000,000 values in arrays of 100,000": () => manyValues(20, 100_000),
  "10 MiB string": () => longString(10 * MiB),
  "10,000-entry index": () => largeIndex(10_000),
};
