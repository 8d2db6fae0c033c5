import type { Rule } from "../rule.js";
import { isObject } from "../../json/access.js";
import { removeMember } from "../edits.js";
import { describeMemberName, membersNamedIgnoringCase } from "../oci-manifest/case-insensitive-members.js";

export const ociIndexNoConfigLayersRule: Rule = {
  id: "R67",
  key: "oi.no-config-layers",
  severity: "error",
  formats: ["OI", "DL"],
  kinds: ["oci-index", "docker-manifest-list"],
  summary: "An index or manifest list must not contain `config` or `layers` (in any letter case).",
  docs:
    "CVE-2021-41190: a blob with `manifests` and `layers` (or `config`) reads as an index to one client and " +
    "as an image to another. distribution rejects such an OCI index, and containers/image and containerd " +
    "reject such indexes and Docker lists; Go's case-insensitive member matching makes `Layers` or `CONFIG` " +
    "count too (hazards H2, H8). distribution v3 defines the check for Docker lists but never calls it " +
    "(hazard H18), so a registry may accept what clients refuse. The quick fix removes the member.",
  source:
    "CVE-2021-41190: GHSA-77vh-xpmg-72qh / GHSA-mc8v-mgrf-8f4m; distribution manifest/ocischema/index.go validateIndex; containers/image oci_index.go and docker_schema2_list.go; containerd validateMediaType",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    for (const member of membersNamedIgnoringCase(context.document, ["config", "layers"])) {
      context.report({
        node: member.value,
        range: member.nameRange,
        message: `An index must not contain ${describeMemberName(member)}: with it the document can be read as an image manifest (CVE-2021-41190), and clients reject it.`,
        fix: { title: `Remove ${member.rawName}`, edits: [removeMember(root, member)] },
      });
    }
  },
};
