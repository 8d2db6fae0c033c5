/** Rules about the OCI image manifest (and the CVE-2021-41190 checks it shares with Docker), R48–R63. */
import type { Rule } from "../rule.js";
import { artifactWithoutTypeRule } from "./artifact-without-type.js";
import { ociManifestArtifactTypeForEmptyConfigRule } from "./artifacttype-for-empty-config.js";
import { ociManifestConfigRequiredRule } from "./config-required.js";
import { configOpaqueRule } from "./config-opaque.js";
import { dockerTypesInOciRule } from "./docker-types-in-oci.js";
import { emptyDescriptorRule } from "./empty-descriptor.js";
import { layerMediaTypesRule } from "./layer-mediatypes.js";
import { ociManifestLayersNonEmptyRule } from "./layers-nonempty.js";
import { ociManifestLayersRequiredRule } from "./layers-required.js";
import { ociManifestMediaTypeRule } from "./media-type.js";
import { ociManifestNoManifestsRule } from "./no-manifests.js";
import { nondistributableLayerRule } from "./nondistributable.js";
import { schema1FieldsRule } from "./schema1-fields.js";
import { subjectDescriptorRule } from "./subject-descriptor.js";
import { subjectTargetRule } from "./subject-target.js";
import { zeroSizeLayerRule } from "./zero-size-layer.js";

export const ociManifestRules: readonly Rule[] = [
  ociManifestMediaTypeRule,
  ociManifestConfigRequiredRule,
  ociManifestLayersRequiredRule,
  ociManifestLayersNonEmptyRule,
  ociManifestArtifactTypeForEmptyConfigRule,
  ociManifestNoManifestsRule,
  schema1FieldsRule,
  subjectDescriptorRule,
  subjectTargetRule,
  layerMediaTypesRule,
  nondistributableLayerRule,
  dockerTypesInOciRule,
  emptyDescriptorRule,
  zeroSizeLayerRule,
  artifactWithoutTypeRule,
  configOpaqueRule,
];
