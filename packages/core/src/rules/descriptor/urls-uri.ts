import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import defs from "../../schemas/json/defs.schema.json" with { type: "json" };
import type { Rule } from "../rule.js";
import { descriptorUrls } from "./string-members.js";

/**
 * RFC 3986 absolute URI (scheme ":" hier-part [ "?" query ] [ "#" fragment ]): the schema's own pattern, so
 * the rule and the schema give every entry the same verdict. It is linear-time (schemas.test.ts tries long
 * near misses).
 */
const ABSOLUTE_URI = new RegExp(defs.$defs.descriptor.properties.urls.items.pattern, "u");
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Only characters a URI may contain unencoded, and `%` only before two hex digits. */
const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

function whyNotAbsoluteUri(value: string): string {
  if (!SCHEME.test(value)) return "it has no scheme (such as https:)";
  if (!URI_CHARACTERS.test(value)) return "it has characters a URI may not contain unencoded";
  return "it is not put together as RFC 3986 says (a second '#', a port that is not a number, or '[', ']' or '@' out of place)";
}

export const urlsUri: Rule = {
  id: "R22",
  key: "desc.urls-uri",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Each `urls` entry is an absolute RFC 3986 URI.",
  docs:
    "`urls` lists alternative locations of the content, so every entry must be a URI with a scheme " +
    "(`https://…`), built as RFC 3986 says (authority, path, `?query`, `#fragment`, in that order, at most " +
    "one fragment) from the characters it allows (others percent-encoded). A bare word such as `value`, a " +
    "path, or `https://x/#a#b` is not one. That `urls` is an array of strings is desc.field-types' concern.",
  source: "image-spec descriptor.md § Properties (urls, RFC 3986); schema/defs-descriptor.json `format: uri`",
  check(context) {
    for (const { node } of descriptorUrls(context.document)) {
      if (ABSOLUTE_URI.test(node.value)) continue;
      context.report({
        message: `${JSON.stringify(node.value)} is not an absolute URI: ${whyNotAbsoluteUri(node.value)}.`,
        node,
      });
    }
  },
};
