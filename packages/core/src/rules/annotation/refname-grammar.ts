import type { Rule } from "../rule.js";
import { IMAGE_ANNOTATIONS } from "./predefined-keys.js";
import { annotationValuesOf } from "./sites.js";

/** ref ::= component ("/" component)*; component ::= alphanum (separator alphanum)*; separator ::= [-._:@+] | "--" */
const COMPONENT = "[A-Za-z0-9]+(?:(?:--|[-._:@+])[A-Za-z0-9]+)*";
const REF_NAME = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);

export const annotationRefNameGrammarRule: Rule = {
  id: "R42",
  key: "annot.refname-grammar",
  severity: "warning",
  formats: ["OL", "OI"],
  kinds: ["oci-index"],
  summary: "`org.opencontainers.image.ref.name` should follow the spec's ref grammar.",
  docs:
    "In an image layout's `index.json` the ref.name annotation names an entry (usually a tag such as " +
    '`v1.2.3` or a full reference). Its grammar is `component ("/" component)*`, where a component is ' +
    "letters and digits joined by single separators from `- . _ : @ +` or a double dash. Empty components, " +
    "spaces and doubled separators other than `--` are outside it, and tools that turn ref names into tags " +
    "or file names (skopeo, umoci) may refuse them.",
  source: "image-spec annotations.md § Pre-Defined Annotation Keys (ref.name)",
  check(context) {
    for (const { value } of annotationValuesOf(context.document, IMAGE_ANNOTATIONS.refName)) {
      if (REF_NAME.test(value.value)) continue;
      context.report({
        node: value,
        message: `ref.name ${JSON.stringify(value.value)} does not match the ref grammar: components of letters and digits joined by one of - . _ : @ + (or --), separated by "/".`,
      });
    }
  },
};
