import type { Rule } from "../rule.js";
import { memberOf } from "../../json/access.js";
import { removeMember } from "../edits.js";
import { platformSitesOf } from "./sites.js";

export const platformFeaturesReservedRule: Rule = {
  id: "R35",
  key: "platform.features-reserved",
  severity: "warning",
  formats: ["OI"],
  kinds: ["oci-index"],
  summary: "`platform.features` is reserved in OCI and should not be set in OCI indexes.",
  docs:
    "In a Docker manifest list `platform.features` lists required CPU features (e.g. `sse4`). The OCI image " +
    "index keeps the member RESERVED for future versions of the spec, so an OCI index should not use it: no " +
    "OCI client reads it, and a future meaning may differ. CPU requirements belong in `variant`; OS " +
    "requirements in `os.features`. The quick fix removes the member.",
  source:
    "image-spec image-index.md § platform (`features` 'RESERVED for future versions'); distribution docs/content/spec/manifest-v2-2.md (Docker `features`)",
  check(context) {
    for (const { object } of platformSitesOf(context.document)) {
      const member = memberOf(object, "features");
      if (!member) continue;
      context.report({
        node: member.value,
        range: member.nameRange,
        message:
          "`platform.features` is reserved by the OCI image index; express CPU requirements with `variant` instead.",
        fix: { title: "Remove platform.features", edits: [removeMember(object, member)] },
      });
    }
  },
};
