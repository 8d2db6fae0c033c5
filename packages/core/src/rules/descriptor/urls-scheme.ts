import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { descriptorUrls } from "./string-members.js";

export const urlsScheme: Rule = {
  id: "R23",
  key: "desc.urls-scheme",
  severity: "warning",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "`urls` entries should be http or https URLs, without a fragment on layers.",
  docs:
    "Clients fetch `urls` over HTTP; the distribution registry refuses layer descriptors whose URLs use " +
    "another scheme or carry a `#fragment`, and may apply allow and deny lists on top.",
  source:
    "image-spec descriptor.md § Properties (urls SHOULD use http/https); distribution ocimanifesthandler.go",
  check(context) {
    for (const { ref, node } of descriptorUrls(context.document)) {
      const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(node.value)?.[1]?.toLowerCase();
      if (scheme === undefined) continue; // not a URI at all: desc.urls-uri
      if (scheme !== "http" && scheme !== "https") {
        context.report({
          message: `The URL scheme "${scheme}" is not http or https; registries refuse it.`,
          node,
        });
      } else if (ref.role === "layer" && node.value.includes("#")) {
        context.report({
          message: "A layer URL with a #fragment is refused by the distribution registry.",
          node,
        });
      }
    }
  },
};
