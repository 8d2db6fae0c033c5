import type { Rule } from "../rule.js";
import type { JsonObject } from "../../json/node.js";
import { isObject, memberOf } from "../../json/access.js";
import { descriptorsOf, type DescriptorRole } from "../../documents/descriptors.js";
import { removeMember } from "../edits.js";

/** Members only the OCI formats define, wherever they appear. */
const OCI_ONLY_TOP_LEVEL = ["annotations", "subject", "artifactType"];
const OCI_ONLY_DESCRIPTOR = ["annotations", "data", "artifactType"];
/** Docker allows `urls` on layers (foreign layers), not on the config or on list entries. */
const URLS_OCI_ONLY: readonly DescriptorRole[] = ["config", "manifest"];

export const dockerOciOnlyFieldsRule: Rule = {
  id: "R99",
  key: "dm.oci-only-fields",
  severity: "warning",
  formats: ["DM", "DL"],
  kinds: ["docker-manifest", "docker-manifest-list"],
  summary: "OCI-only members are not part of the Docker formats.",
  docs:
    "`annotations` (top level or on a descriptor), `subject`, `artifactType`, `data`, `urls` on the config " +
    "descriptor and `urls` on manifest-list entries exist only in the OCI formats (media-types.md § Compatibility " +
    "Matrix). In a Docker schema 2 manifest or manifest list, Docker-only tools may drop them when they copy " +
    "the document, or refuse it. The fix removes the member.",
  source: "image-spec media-types.md § Compatibility Matrix ('only present in OCI')",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const report = (object: JsonObject, names: readonly string[], where: string) => {
      for (const name of names) {
        const member = memberOf(object, name);
        if (!member) continue;
        context.report({
          node: member.value,
          range: member.nameRange,
          message: `\`${name}\`${where} is OCI-only; Docker tools may drop it or refuse the document.`,
          fix: { title: `Remove \`${name}\``, edits: [removeMember(object, member)] },
        });
      }
    };
    report(root, OCI_ONLY_TOP_LEVEL, "");
    for (const descriptor of descriptorsOf(context.document)) {
      // `subject` itself is already reported as a whole.
      if (descriptor.role === "subject") continue;
      const names = URLS_OCI_ONLY.includes(descriptor.role)
        ? [...OCI_ONLY_DESCRIPTOR, "urls"]
        : OCI_ONLY_DESCRIPTOR;
      report(
        descriptor.node,
        names,
        ` on ${descriptor.role === "manifest" ? "a list entry" : `the ${descriptor.role} descriptor`}`,
      );
    }
  },
};
