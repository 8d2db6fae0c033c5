/**
 * The corpus loader (support/corpus.ts) delivers every fixture byte for byte, in Node and in Chromium alike.
 */
import { expect, test } from "vitest";
import { digestBytesSync } from "../src/bytes/digest.js";
import { corpus } from "./support/corpus.js";

test("every corpus file is loaded with the exact size and sha256 that expected.json records", () => {
  expect(corpus.length).toBeGreaterThan(100);
  const mismatched = corpus
    .filter((c) => c.bytes.length !== c.size || digestBytesSync(c.bytes) !== c.sha256)
    .map((c) => c.name);
  expect(mismatched).toEqual([]);
});

test("expected.json's rule ids are turned into catalogue keys", () => {
  const layersEmpty = corpus.find((c) => c.name === "oci-manifest-layers-empty.invalid.json");
  expect(layersEmpty?.ruleKeys).toEqual(["om.layers-nonempty"]);
  const nonJson = corpus.find((c) => c.name === "oci-manifest-containers-image-non-json-binary.invalid.json");
  expect(nonJson?.text).toContain("\ufffd");
});
