import { getMember, isObject, isString } from "../../json/access.js";
import type { Rule } from "../rule.js";

export const ociLayoutFileRule: Rule = {
  id: "R87",
  key: "ol.oci-layout",
  severity: "error",
  formats: ["OL"],
  kinds: ["oci-layout-header"],
  summary: "The `oci-layout` file must exist and be a JSON object with a string `imageLayoutVersion`.",
  docs:
    "An image layout is recognised by its `oci-layout` file at the root. It must be a JSON object whose " +
    "`imageLayoutVersion` member is a string; other members are allowed. Tools that open a layout read this " +
    "file first and refuse the folder when it is missing or malformed.",
  source: "image-spec image-layout.md § Content and § oci-layout file; schema/image-layout-schema.json",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const version = getMember(root, "imageLayoutVersion");
    if (version === undefined) {
      context.report({ node: root, message: "`oci-layout` has no `imageLayoutVersion` member." });
    } else if (!isString(version)) {
      context.report({ node: version, message: '`imageLayoutVersion` must be a string such as "1.0.0".' });
    }
  },
};
