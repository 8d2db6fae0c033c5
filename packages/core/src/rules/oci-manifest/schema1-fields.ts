import type { Rule } from "../rule.js";
import { describeMemberName, membersNamedIgnoringCase } from "./case-insensitive-members.js";

/** fsLayers, history and signatures, in lower case as membersNamedIgnoringCase compares them. */
const SCHEMA1_FIELDS = ["fslayers", "history", "signatures"];

export const schema1FieldsRule: Rule = {
  id: "R54",
  key: "om.schema1-fields",
  severity: "warning",
  formats: ["OM", "OI", "DM", "DL"],
  kinds: ["oci-manifest", "oci-index", "docker-manifest", "docker-manifest-list"],
  summary: "Top-level `fsLayers`, `history` or `signatures` (schema 1 fields) make the document ambiguous.",
  docs:
    "`fsLayers`, `history` and `signatures` belong to the legacy Docker schema 1 format. In an OCI or " +
    "Docker schema 2 document they make containers/image reject it as ambiguous (it could be read as " +
    "schema 1), and containerd answers `fsLayers` with 'schema 1 not supported'. Go's case-insensitive " +
    "member matching applies, so `FSLayers` counts too.",
  source:
    "containers/image internal/manifest/common.go (AllowedFieldFSLayers, AllowedFieldHistory); containerd validateMediaType (fsLayers => 'schema 1 not supported')",
  check(context) {
    for (const member of membersNamedIgnoringCase(context.document, SCHEMA1_FIELDS)) {
      context.report({
        node: member.value,
        range: member.nameRange,
        message: `${describeMemberName(member)} is a Docker schema 1 field; containers/image rejects a v2/OCI document that has it as ambiguous.`,
      });
    }
  },
};
