import type { Rule } from "../rule.js";
import { DEFINED_IMAGE_ANNOTATIONS, IMAGE_ANNOTATION_PREFIX } from "./predefined-keys.js";
import { ANNOTATION_KINDS, annotationEntriesOf } from "./sites.js";

export const annotationReservedNamespaceRule: Rule = {
  id: "R40",
  key: "annot.reserved-namespace",
  severity: "warning",
  formats: ["OM", "OI", "OD", "OC"],
  kinds: ANNOTATION_KINDS,
  summary:
    "Keys under `org.opencontainers.image.` that the image spec does not define squat on a reserved namespace.",
  docs:
    "The `org.opencontainers.` prefix is reserved for OCI specifications, and the image spec defines exactly " +
    "these `org.opencontainers.image.*` keys: created, authors, url, documentation, source, version, " +
    "revision, vendor, licenses, ref.name, title, description, base.digest and base.name. Any other key " +
    "under that prefix (ocicrypt's `org.opencontainers.image.enc.*` on encrypted layers is the common real " +
    "example, and misspellings such as `…image.Created` another) may clash with a future definition. Use " +
    "your own reverse-domain prefix instead.",
  source: "image-spec annotations.md § Rules ('MUST NOT be used by other specifications and extensions')",
  check(context) {
    for (const { entry } of annotationEntriesOf(context.document)) {
      if (!entry.name.startsWith(IMAGE_ANNOTATION_PREFIX) || DEFINED_IMAGE_ANNOTATIONS.has(entry.name))
        continue;
      context.report({
        node: entry.value,
        range: entry.nameRange,
        message: `${JSON.stringify(entry.name)} is not an annotation the image spec defines, but uses its reserved "${IMAGE_ANNOTATION_PREFIX}" prefix.`,
      });
    }
  },
};
