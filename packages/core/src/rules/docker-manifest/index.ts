/** Docker Image Manifest V2 Schema 2 rules (R93–R99). */
import type { Rule } from "../rule.js";
import { dockerManifestConfigRule } from "./config.js";
import { dockerConfigMediaTypeRule } from "./config-media-type.js";
import { dockerForeignLayersRule } from "./foreign-layers.js";
import { dockerLayerMediaTypesRule } from "./layer-media-types.js";
import { dockerManifestLayersRule } from "./layers.js";
import { dockerManifestMediaTypeRule } from "./media-type.js";
import { dockerOciOnlyFieldsRule } from "./oci-only-fields.js";

export const dockerManifestRules: readonly Rule[] = [
  dockerManifestMediaTypeRule,
  dockerManifestConfigRule,
  dockerManifestLayersRule,
  dockerConfigMediaTypeRule,
  dockerLayerMediaTypesRule,
  dockerForeignLayersRule,
  dockerOciOnlyFieldsRule,
];
