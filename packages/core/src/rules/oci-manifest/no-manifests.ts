import type { Rule } from "../rule.js";
import { removeMember } from "../edits.js";
import { isObject } from "../../json/access.js";
import { describeMemberName, membersNamedIgnoringCase } from "./case-insensitive-members.js";

export const ociManifestNoManifestsRule: Rule = {
  id: "R53",
  key: "om.no-manifests",
  severity: "error",
  formats: ["OM", "DM"],
  kinds: ["oci-manifest", "docker-manifest"],
  summary: "A manifest must not contain `manifests` (in any letter case, even empty or null).",
  docs:
    "CVE-2021-41190: a blob with both `layers` and `manifests` reads as an image to one client and as an " +
    "index to another, so one digest can mean two different things. distribution, containerd and " +
    "containers/image therefore reject a manifest that has a `manifests` member, including `[]`; containerd " +
    "also rejects `null`, and because Go matches member names ignoring case, variants such as `Manifests` " +
    "count too (hazards H2, H3, H8). Not a MUST in the spec text, but every major implementation refuses " +
    "such a document. The quick fix removes the member.",
  source:
    "CVE-2021-41190: GHSA-77vh-xpmg-72qh, GHSA-mc8v-mgrf-8f4m; distribution manifest/ocischema/manifest.go validateManifest; containers/image internal/manifest/common.go ValidateUnambiguousManifestFormat; containerd core/images/image.go validateMediaType",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    for (const member of membersNamedIgnoringCase(context.document, ["manifests"])) {
      context.report({
        node: member.value,
        range: member.nameRange,
        message: `A manifest must not contain ${describeMemberName(member)}: with it the document can be read as an index (CVE-2021-41190), and registries and clients reject it.`,
        fix: { title: `Remove ${member.rawName}`, edits: [removeMember(root, member)] },
      });
    }
  },
};
