import type { Rule } from "../rule.js";
import { getMember } from "../../json/access.js";
import { descriptorsOf } from "../../documents/descriptors.js";
import { missingMember } from "../oci-config/missing-member.js";

export const dockerListPlatformRule: Rule = {
  id: "R102",
  key: "dl.platform",
  severity: "warning",
  formats: ["DL"],
  kinds: ["docker-manifest-list"],
  summary: "Each manifest-list entry should carry a `platform` object.",
  docs:
    "The Docker manifest list describes a `platform` for every entry, and distribution's Go type always " +
    "serialises one (it is not optional there). An entry without it cannot be chosen by platform, and tools " +
    "that re-serialise the list write an empty platform for it. (A `platform` that is not an object, `null` " +
    "included, is the error platform.required.)",
  source:
    "distribution docs/content/spec/manifest-v2-2.md (platform); distribution manifest/manifestlist/manifestlist.go ManifestDescriptor",
  check(context) {
    for (const descriptor of descriptorsOf(context.document)) {
      if (descriptor.role !== "manifest") continue;
      // A `platform` of any other type, `null` included, is platform.required's error.
      if (getMember(descriptor.node, "platform") !== undefined) continue;
      context.report(
        missingMember(
          descriptor.node,
          "platform",
          "This manifest-list entry has no `platform`; it cannot be selected by platform.",
        ),
      );
    }
  },
};
