/** Rules about BuildKit / buildx attestation manifests and their index entries, R107–R110. */
import type { Rule } from "../rule.js";
import { attestationLayoutRule } from "./layout.js";
import { attestationOtherTypeRule } from "./other-type.js";
import { attestationPlatformRule } from "./platform.js";
import { attestationReferenceDigestRule } from "./reference-digest.js";

export const attestationRules: readonly Rule[] = [
  attestationPlatformRule,
  attestationReferenceDigestRule,
  attestationOtherTypeRule,
  attestationLayoutRule,
];
