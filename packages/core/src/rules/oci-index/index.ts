/** Rules about the OCI image index (and what it shares with the Docker manifest list), R64–R71. */
import type { Rule } from "../rule.js";
import { duplicatePlatformRule } from "./duplicate-platform.js";
import { ociIndexEntryDescriptorRule } from "./entry-descriptor.js";
import { ociIndexManifestsRequiredRule } from "./manifests-required.js";
import { ociIndexMediaTypeRule } from "./media-type.js";
import { mixedFamiliesRule } from "./mixed-families.js";
import { ociIndexNoConfigLayersRule } from "./no-config-layers.js";
import { sameDigestDifferentTypeRule } from "./same-digest-different-type.js";
import { unknownEntryTypeRule } from "./unknown-entry-type.js";

export const ociIndexRules: readonly Rule[] = [
  ociIndexMediaTypeRule,
  ociIndexManifestsRequiredRule,
  ociIndexEntryDescriptorRule,
  ociIndexNoConfigLayersRule,
  unknownEntryTypeRule,
  duplicatePlatformRule,
  mixedFamiliesRule,
  sameDigestDifferentTypeRule,
];
