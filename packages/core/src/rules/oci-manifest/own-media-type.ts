/**
 * The top-level `mediaType` of an OCI manifest or index is optional, but when it is there it MUST be exactly
 * the document's own type (lower case, no parameters). Absence is `top.mediatype-recommended`'s concern.
 */
import { isObject, memberOf } from "../../json/access.js";
import { checkExactMediaType } from "../docker-manifest/exact-media-type.js";
import type { RuleContext } from "../rule.js";

export function checkOptionalOwnMediaType(context: RuleContext, expected: string, what: string): void {
  const root = context.document.root;
  if (isObject(root) && memberOf(root, "mediaType")) checkExactMediaType(context, expected, what);
}
