/**
 * Per-document memoisation for the walkers (descriptors, digests, media types, defined objects): dozens of
 * rules ask the same question of one document, so each walk runs once per document.
 *
 * Each memoised question owns a slot in the document's `memo` array (a WeakMap per question was measured at a
 * fifth of all validation time: ephemeron lookups and their garbage-collector cost). The answers live and go
 * with the document.
 */
import type { DocumentModel } from "./model.js";

let slots = 0;

export function memoizedByDocument<T>(
  compute: (document: DocumentModel) => T,
): (document: DocumentModel) => T {
  const slot = slots++;
  return (document) => {
    const memo = document.memo;
    let value = memo[slot] as T | undefined;
    if (value === undefined) {
      value = compute(document);
      memo[slot] = value;
    }
    return value;
  };
}
