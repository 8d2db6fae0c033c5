import type { Rule } from "../rule.js";
import { isRfc3339DateTime } from "../oci-config/date-time.js";
import { IMAGE_ANNOTATIONS } from "./predefined-keys.js";
import { annotationValuesOf } from "./sites.js";

export const annotationCreatedRule: Rule = {
  id: "R41",
  key: "annot.created-rfc3339",
  severity: "warning",
  formats: ["OM", "OI", "OD"],
  kinds: ["oci-manifest", "oci-index", "oci-descriptor"],
  summary: "`org.opencontainers.image.created` should be an RFC 3339 date-time.",
  docs:
    "The creation time annotation is a date and time as defined by RFC 3339 § 5.6, e.g. " +
    "`2024-05-01T12:00:00Z` or `2024-05-01T14:00:00.5+02:00`: a `T` between date and time, seconds " +
    "present, and a `Z` or numeric offset. Dates alone, Unix timestamps and locale formats are not " +
    "understood by tools that sort or filter images by this annotation.",
  source: "image-spec annotations.md § Pre-Defined Annotation Keys (created)",
  check(context) {
    for (const { value } of annotationValuesOf(context.document, IMAGE_ANNOTATIONS.created)) {
      if (isRfc3339DateTime(value.value)) continue;
      context.report({
        node: value,
        message: `${JSON.stringify(value.value)} is not an RFC 3339 date-time such as "2024-05-01T12:00:00Z".`,
      });
    }
  },
};
