/**
 * Per-document memoisation for the walkers (descriptors, digests, media types, defined objects): dozens of
 * rules ask the same question of one document, so each walk runs once per document. Keyed weakly, so a
 * document's answers go when the document goes.
 */
import type { DocumentModel } from "./model.js";

export function memoizedByDocument<T>(
  compute: (document: DocumentModel) => T,
): (document: DocumentModel) => T {
  const cache = new WeakMap<DocumentModel, T>();
  return (document) => {
    let value = cache.get(document);
    if (value === undefined) {
      value = compute(document);
      cache.set(document, value);
    }
    return value;
  };
}
