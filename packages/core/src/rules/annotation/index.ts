/** Rules about annotation maps (manifests, indexes, descriptors) and image config Labels, R37–R45. */
import type { Rule } from "../rule.js";
import { annotationBaseImageRule } from "./base-digest.js";
import { annotationCreatedRule } from "./created-rfc3339.js";
import { annotationNotNullRule } from "./not-null.js";
import { annotationOtherPredefinedRule } from "./other-predefined.js";
import { annotationRefNameGrammarRule } from "./refname-grammar.js";
import { annotationRefNameScopeRule } from "./refname-scope.js";
import { annotationReservedNamespaceRule } from "./reserved-namespace.js";
import { annotationReverseDomainRule } from "./reverse-domain.js";
import { annotationStringMapRule } from "./string-map.js";

export const annotationRules: readonly Rule[] = [
  annotationStringMapRule,
  annotationNotNullRule,
  annotationReverseDomainRule,
  annotationReservedNamespaceRule,
  annotationCreatedRule,
  annotationRefNameGrammarRule,
  annotationRefNameScopeRule,
  annotationBaseImageRule,
  annotationOtherPredefinedRule,
];
