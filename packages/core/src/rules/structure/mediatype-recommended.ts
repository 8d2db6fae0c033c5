import { getMember, isObject } from "../../json/access.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { appendMember } from "../edits.js";
import type { Rule } from "../rule.js";

const OWN_MEDIA_TYPE = {
  "oci-manifest": MEDIA_TYPES.ociManifest,
  "oci-index": MEDIA_TYPES.ociIndex,
} as const;

export const mediaTypeRecommended: Rule = {
  id: "R47",
  key: "top.mediatype-recommended",
  severity: "warning",
  formats: ["OM", "OI"],
  kinds: ["oci-manifest", "oci-index"],
  summary: "An OCI manifest or index should carry its own top-level `mediaType`.",
  docs:
    "Without `mediaType` a document's type depends on out-of-band information (a Content-Type, a " +
    "descriptor) or on guessing from its members, which is what CVE-2021-41190 exploited: one blob read as " +
    "a manifest by one client and as an index by another. When the caller said what the document is " +
    "(`expect`), the fix adds the matching `mediaType`; a guessed kind gets no fix.",
  source: "image-spec manifest.md, image-index.md (mediaType SHOULD be used); GHSA-77vh-xpmg-72qh",
  check(context) {
    const { document } = context;
    const root = document.root;
    if (!isObject(root) || getMember(root, "mediaType") !== undefined) return;
    const mediaType = OWN_MEDIA_TYPE[document.kind as keyof typeof OWN_MEDIA_TYPE];
    context.report({
      message: `The document has no top-level "mediaType"; readers must rely on out-of-band information or guess that it is an ${document.kind}.`,
      node: root,
      fix:
        document.kindSource === "expected"
          ? {
              title: `Add "mediaType": "${mediaType}"`,
              edits: [appendMember(document.text, root, "mediaType", JSON.stringify(mediaType))],
            }
          : undefined,
    });
  },
};
