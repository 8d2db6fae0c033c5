import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { descriptorUrls } from "./string-members.js";

/** RFC 3986 absolute URI: a scheme, ':', then only unreserved, reserved or percent-encoded characters. */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

export const urlsUri: Rule = {
  id: "R22",
  key: "desc.urls-uri",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Each `urls` entry is an absolute RFC 3986 URI.",
  docs:
    "`urls` lists alternative locations of the content, so every entry must be a URI with a scheme " +
    "(`https://…`), using only the characters RFC 3986 allows (others percent-encoded). A bare word such as " +
    "`value` or a path is not one. That `urls` is an array of strings is desc.field-types' concern.",
  source: "image-spec descriptor.md § Properties (urls, RFC 3986); schema/defs-descriptor.json `format: uri`",
  check(context) {
    for (const { node } of descriptorUrls(context.document)) {
      if (ABSOLUTE_URI.test(node.value)) continue;
      const why = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(node.value)
        ? "it has characters a URI may not contain unencoded"
        : "it has no scheme (such as https:)";
      context.report({ message: `${JSON.stringify(node.value)} is not an absolute URI: ${why}.`, node });
    }
  },
};
