import type { Rule } from "../rule.js";
import { descriptorsOf } from "../../documents/descriptors.js";
import { MANIFEST_MEDIA_TYPES } from "../../documents/media-types.js";
import { getMember, isString } from "../../json/access.js";

export const subjectTargetRule: Rule = {
  id: "R56",
  key: "om.subject-target",
  severity: "warning",
  formats: ["OM", "OI"],
  kinds: ["oci-manifest", "oci-index"],
  summary: "`subject` should point at another manifest or index.",
  docs:
    "The referrers API answers 'what refers to this manifest?', so a `subject` is a descriptor of another " +
    "manifest: an OCI image manifest or index (or their Docker counterparts). A subject pointing at a " +
    "layer or config blob is never found by a referrers query, because registries only index manifests.",
  source: "image-spec manifest.md § subject ('a descriptor of another manifest')",
  check(context) {
    for (const descriptor of descriptorsOf(context.document)) {
      if (descriptor.role !== "subject") continue;
      const mediaType = getMember(descriptor.node, "mediaType");
      if (!isString(mediaType) || MANIFEST_MEDIA_TYPES.includes(mediaType.value)) continue;
      context.report({
        node: mediaType,
        message: `\`subject\` points at ${JSON.stringify(mediaType.value)}, not at a manifest or index; referrers queries will never find this document.`,
      });
    }
  },
};
