/** Rules about platform objects (index entries, descriptors and the same fields in image configs), R29–R36. */
import type { Rule } from "../rule.js";
import { platformArchValueRule } from "./arch-value.js";
import { platformFeaturesReservedRule } from "./features-reserved.js";
import { platformFieldTypesRule } from "./field-types.js";
import { platformOsFeaturesValuesRule } from "./os-features-values.js";
import { platformOsValueRule } from "./os-value.js";
import { platformRequiredRule } from "./required.js";
import { platformUnknownUnknownRule } from "./unknown-unknown.js";
import { platformVariantValueRule } from "./variant-value.js";

export const platformRules: readonly Rule[] = [
  platformRequiredRule,
  platformFieldTypesRule,
  platformOsValueRule,
  platformArchValueRule,
  platformVariantValueRule,
  platformOsFeaturesValuesRule,
  platformFeaturesReservedRule,
  platformUnknownUnknownRule,
];
