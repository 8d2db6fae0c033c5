/** Docker manifest list rules (R100–R102). */
import type { Rule } from "../rule.js";
import { dockerListManifestsRule } from "./manifests.js";
import { dockerListMediaTypeRule } from "./media-type.js";
import { dockerListPlatformRule } from "./platform.js";

export const dockerListRules: readonly Rule[] = [
  dockerListMediaTypeRule,
  dockerListManifestsRule,
  dockerListPlatformRule,
];
