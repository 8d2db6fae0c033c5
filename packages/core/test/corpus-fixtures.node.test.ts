/**
 * The in-repo copies under fixtures/ (which the browser tests can load) are the shared originals: the rule
 * catalogue and the corpus expectations equal <repo>/../shared, so a changed catalogue or corpus cannot go
 * unnoticed. Together with corpus.test.ts (every fixture hashes to the sha256 its expected.json records) this
 * makes the fixture bytes the shared bytes. Node only: the browser's dev server does not serve ../shared.
 */
import { expect, test } from "vitest";
import sharedExpectations from "../../../../shared/corpus/upstream/expected.json";
import sharedCatalogue from "../../../../shared/spec/rules.json";
import copiedExpectations from "./fixtures/upstream/expected.json";
import copiedCatalogue from "./fixtures/rules.json";

test("fixtures/rules.json is shared/spec/rules.json", () => {
  expect(copiedCatalogue).toEqual(sharedCatalogue);
});

test("fixtures/upstream/expected.json is shared/corpus/upstream/expected.json", () => {
  expect(copiedExpectations).toEqual(sharedExpectations);
});
