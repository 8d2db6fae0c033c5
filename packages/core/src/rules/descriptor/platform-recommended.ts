import { descriptorsOf } from "../../documents/descriptors.js";
import { IMAGE_MANIFEST_MEDIA_TYPES } from "../../documents/media-types.js";
import { getMember, getString } from "../../json/access.js";
import type { Rule } from "../rule.js";

export const platformRecommended: Rule = {
  id: "R28",
  key: "desc.platform-recommended",
  severity: "warning",
  formats: ["OI", "DL"],
  // In a Docker manifest list every entry should have a platform (dl.platform), image entries included: that
  // rule owns the list's entries, so a missing platform is reported once.
  kinds: ["oci-index"],
  summary: "An index entry that points at an image manifest should carry `platform`.",
  docs:
    "Platform selection only sees the index: an image entry without `platform` cannot be chosen for a host " +
    "by containerd, and other clients guess (go-containerregistry treats it as linux/amd64). Platform-" +
    "independent images may omit it, which is why this is a warning. In a Docker manifest list every entry " +
    "needs one, which dl.platform reports.",
  source: "image-spec descriptor.md § Properties (platform SHOULD); image-index.md § manifests platform",
  check(context) {
    for (const ref of descriptorsOf(context.document)) {
      if (ref.role !== "manifest" || getMember(ref.node, "platform") !== undefined) continue;
      const mediaType = getString(ref.node, "mediaType");
      if (!mediaType || !IMAGE_MANIFEST_MEDIA_TYPES.includes(mediaType)) continue;
      context.report({
        message:
          'This entry points at an image manifest but has no "platform"; clients cannot select it by platform.',
        node: ref.node,
      });
    }
  },
};
