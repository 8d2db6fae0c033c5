import type { Rule } from "../rule.js";
import { IMAGE_ANNOTATIONS } from "./predefined-keys.js";
import { annotationValuesOf } from "./sites.js";

export const annotationRefNameScopeRule: Rule = {
  id: "R43",
  key: "annot.refname-scope",
  severity: "info",
  formats: ["OL", "OI", "OM"],
  kinds: ["oci-index", "oci-manifest"],
  summary:
    "`org.opencontainers.image.ref.name` only means something on the entries of a layout's `index.json`.",
  docs:
    "ref.name gives an image layout's `index.json` entries their names (tags). Anywhere else (on a " +
    "manifest, on an index's own annotations, on a layer or config) no tool reads it as a name, so it does " +
    "not tag anything. Entries of an index are accepted, because an index on its own may well be a layout's " +
    "`index.json`.",
  source:
    "image-spec annotations.md (ref.name 'SHOULD only be considered valid when on descriptors on index.json'); image-layout.md § index.json file",
  check(context) {
    const inIndex = context.document.kind === "oci-index";
    for (const { site, value } of annotationValuesOf(context.document, IMAGE_ANNOTATIONS.refName)) {
      if (inIndex && site.descriptor?.role === "manifest") continue;
      context.report({
        node: value,
        message:
          "ref.name only names entries of an image layout's index.json; here no tool reads it as a name.",
      });
    }
  },
};
