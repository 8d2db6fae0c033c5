import type { Rule } from "../rule.js";
import { getMember, isString } from "../../json/access.js";
import { descriptorsOf } from "../../documents/descriptors.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { replaceValue } from "../edits.js";
import { describeMemberName, membersNamedIgnoringCase } from "../oci-manifest/case-insensitive-members.js";
import { referencedDocument } from "./referenced.js";

const MANIFEST_TYPES: readonly string[] = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest];
const INDEX_TYPES: readonly string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList];

export const mediaTypeMatchRule: Rule = {
  id: "R72",
  key: "xref.mediatype-match",
  severity: "error",
  formats: ["OI", "DL", "OM", "OL"],
  kinds: ["oci-index", "docker-manifest-list", "oci-manifest"],
  summary: "A referenced manifest or index must be of the kind its descriptor says.",
  docs:
    "When the document an index entry (or a `subject`) points at is available, it must be what the descriptor " +
    "claims: its own top-level `mediaType`, if it has one, equals the descriptor's `mediaType`; a document " +
    "referenced as a manifest has no `manifests`; one referenced as an index has no `config` or `layers`. " +
    "Before the CVE-2021-41190 fix, one blob carrying both shapes could be read as an image or as an index " +
    "depending on how it was fetched, so one digest meant two things; distribution, containerd, " +
    "containers/image and go-containerregistry now reject such references. Member names are compared " +
    "case-insensitively, as Go decodes them. The fix copies the referenced document's own `mediaType`.",
  source:
    "image-spec manifest.md / image-index.md (mediaType); media-types.md § Media Type Conflicts; distribution-spec spec.md § Pulling manifests; containerd core/images/image.go validateMediaType; go-containerregistry pkg/v1/validate/index.go validateMediaType",
  check(context) {
    for (const descriptor of descriptorsOf(context.document)) {
      if (descriptor.role !== "manifest" && descriptor.role !== "subject") continue;
      const declared = getMember(descriptor.node, "mediaType");
      const child = referencedDocument(context, descriptor.node);
      if (!isString(declared) || child?.root?.type !== "object") continue;
      const own = child.mediaType;
      if (own !== null && own !== declared.value) {
        context.report({
          node: declared,
          message: `This descriptor says ${declared.value}, but the document it references (${child.digest}) declares mediaType ${own}.`,
          fix: {
            title: `Use the referenced document's mediaType ${own}`,
            edits: [replaceValue(declared, JSON.stringify(own))],
          },
        });
        continue;
      }
      const conflicting = MANIFEST_TYPES.includes(declared.value)
        ? membersNamedIgnoringCase(child, ["manifests"])
        : INDEX_TYPES.includes(declared.value)
          ? membersNamedIgnoringCase(child, ["config", "layers"])
          : [];
      if (conflicting.length === 0) continue;
      const readAs = MANIFEST_TYPES.includes(declared.value) ? "an index" : "a manifest";
      context.report({
        node: declared,
        message: `Referenced as ${declared.value}, but the document (${child.digest}) has ${conflicting.map(describeMemberName).join(", ")}, so it can also be read as ${readAs} (CVE-2021-41190).`,
      });
    }
  },
};
