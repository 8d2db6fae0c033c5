/**
 * The document a descriptor points at, when it was given together with the one being checked
 * (`context.related` is keyed by sha256 digest).
 */
import type { DocumentModel } from "../../documents/model.js";
import { getString, isObject } from "../../json/access.js";
import type { JsonObject } from "../../json/node.js";
import type { RuleContext } from "../rule.js";

export function referencedDocument(context: RuleContext, descriptor: JsonObject): DocumentModel | undefined {
  const digest = getString(descriptor, "digest");
  return digest === undefined ? undefined : context.related.get(digest);
}

/** The referenced document's top-level object, when it was given and is one. */
export function referencedRoot(context: RuleContext, descriptor: JsonObject): JsonObject | undefined {
  const root = referencedDocument(context, descriptor)?.root ?? undefined;
  return isObject(root) ? root : undefined;
}
