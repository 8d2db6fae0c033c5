/**
 * The upstream conformance corpus for tests, in Node and in Chromium alike: each document's exact bytes and its
 * expected verdict. fixtures/upstream is a byte-for-byte copy of shared/corpus/upstream (see its README);
 * .gitattributes keeps git from touching those bytes.
 *
 * The files are inlined by Vite's `import.meta.glob` as base64 data URLs (`?url&inline`), which keeps the bytes
 * exact (`?raw` would decode them as UTF-8, and one case is deliberately not UTF-8). fixtures/rules.json is a copy of
 * shared/spec/rules.json, used to turn expected.json's rule ids into rule keys.
 */
import type { Kind } from "../../src/report.js";
import expectedByFile from "../fixtures/upstream/expected.json";
import catalogue from "../fixtures/rules.json";

declare global {
  interface ImportMeta {
    /** Vite's static glob import (the transform needs this literal call form). */
    glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string>;
  }
}

/** `format` as expected.json writes it: a document kind, with the Docker list abbreviated. */
export type CorpusFormat = Exclude<Kind, "docker-manifest-list" | "oci-layout" | "unknown"> | "docker-list";

export type CorpusExpectation = {
  format: CorpusFormat;
  valid: boolean;
  /** Catalogue ids (R1…R111): for an invalid file, the errors that make it invalid; else what it shows. */
  rules: string[];
  warnings: string[];
  source: string;
  note?: string;
  sha256: string;
  size: number;
  bytes_exact?: boolean;
};

export type CorpusCase = CorpusExpectation & {
  /** File name, e.g. "oci-manifest-layers-empty.invalid.json". */
  name: string;
  /** `rules` and `warnings` as catalogue keys, e.g. "om.layers-nonempty". */
  ruleKeys: string[];
  warningKeys: string[];
  bytes: Uint8Array;
  /** The bytes decoded as UTF-8 (with U+FFFD for invalid sequences). */
  text: string;
};

const dataUrls = import.meta.glob("../fixtures/upstream/*.json", {
  query: "?url&inline",
  import: "default",
  eager: true,
});

function decodeDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(",") + 1);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

const expectations = expectedByFile as Record<string, CorpusExpectation>;
const keyById = new Map(catalogue.map((rule) => [rule.id, rule.key]));

function ruleKey(id: string): string {
  const key = keyById.get(id);
  if (!key) throw new Error(`expected.json names ${id}, which is not in the catalogue`);
  return key;
}

/** Every corpus document with its expectation, in file-name order. */
export const corpus: readonly CorpusCase[] = Object.entries(dataUrls)
  .map(([path, url]) => ({ name: path.slice(path.lastIndexOf("/") + 1), url }))
  .filter(({ name }) => name !== "expected.json")
  .sort((a, b) => (a.name < b.name ? -1 : 1))
  .map(({ name, url }) => {
    const expectation = expectations[name];
    if (!expectation) throw new Error(`corpus file ${name} has no entry in expected.json`);
    const bytes = decodeDataUrl(url);
    return {
      ...expectation,
      name,
      ruleKeys: expectation.rules.map(ruleKey),
      warningKeys: expectation.warnings.map(ruleKey),
      bytes,
      text: new TextDecoder().decode(bytes),
    };
  });
