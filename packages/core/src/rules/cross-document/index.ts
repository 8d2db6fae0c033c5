/** Cross-document rules (R72–R75): a document checked against the documents it references. */
import type { Rule } from "../rule.js";
import { contentDigestRule } from "./content-digest.js";
import { layerCountRule } from "./layer-count.js";
import { mediaTypeMatchRule } from "./media-type-match.js";
import { platformMatchRule } from "./platform-match.js";

export const crossDocumentRules: readonly Rule[] = [
  mediaTypeMatchRule,
  platformMatchRule,
  layerCountRule,
  contentDigestRule,
];
