/**
 * The document a descriptor points at, when it was given together with the one being checked.
 * `context.related` is keyed by sha256 digest; a descriptor that uses another registered algorithm (sha512,
 * blake3) is matched by hashing the given documents with that algorithm, which costs time only for such
 * rare descriptors.
 */
import type { DocumentModel } from "../../documents/model.js";
import { digestWith, isRegisteredAlgorithm, parseDigest } from "../../documents/digests.js";
import { getString, isObject } from "../../json/access.js";
import type { JsonObject } from "../../json/node.js";
import type { RuleContext } from "../rule.js";

export function referencedDocument(context: RuleContext, descriptor: JsonObject): DocumentModel | undefined {
  if (context.related.size === 0) return undefined; // a document validated alone: nothing to look up
  const digest = getString(descriptor, "digest");
  if (digest === undefined) return undefined;
  const bySha256 = context.related.get(digest);
  if (bySha256) return bySha256;
  const algorithm = parseDigest(digest)?.algorithm;
  if (algorithm === undefined || algorithm === "sha256" || !isRegisteredAlgorithm(algorithm))
    return undefined;
  for (const document of context.related.values()) {
    if (digestWith(algorithm, document.bytes) === digest) return document;
  }
  return undefined;
}

/** The referenced document's top-level object, when it was given and is one. */
export function referencedRoot(context: RuleContext, descriptor: JsonObject): JsonObject | undefined {
  const root = referencedDocument(context, descriptor)?.root ?? undefined;
  return isObject(root) ? root : undefined;
}
