import { getMember, isString } from "../../json/access.js";
import type { Rule } from "../rule.js";

export const LAYOUT_VERSION = "1.0.0";

export const layoutVersionRule: Rule = {
  id: "R88",
  key: "ol.version",
  severity: "error",
  formats: ["OL"],
  kinds: ["oci-layout-header"],
  summary: "`imageLayoutVersion` must be `1.0.0`.",
  docs:
    "Version 1.0.0 is the only image layout version the specification defines; its schema enumerates it. " +
    "A reader seeing another value cannot know how the folder is organised.",
  source: "image-spec schema/image-layout-schema.json (enum `1.0.0`); schema/imagelayout_test.go",
  check(context) {
    const version = getMember(context.document.root ?? undefined, "imageLayoutVersion");
    if (isString(version) && version.value !== LAYOUT_VERSION) {
      context.report({
        node: version,
        message: `imageLayoutVersion is "${version.value}"; the only defined version is "${LAYOUT_VERSION}".`,
      });
    }
  },
};
