/**
 * Every rule, by group. Each group folder exports its list from index.ts; add one import and one spread per
 * group. The rule reference page (docs/rules.md), SARIF metadata and editor hovers are generated from this.
 */
import { descriptorRules } from "./descriptor/index.js";
import { digestRules } from "./digest/index.js";
import { jsonRules } from "./json/index.js";
import { limitRules } from "./limit/index.js";
import { mediaTypeRules } from "./media-type/index.js";
import { platformRules } from "./platform/index.js";
import { annotationRules } from "./annotation/index.js";
import { ociManifestRules } from "./oci-manifest/index.js";
import { ociIndexRules } from "./oci-index/index.js";
import { attestationRules } from "./attestation/index.js";
import { crossDocumentRules } from "./cross-document/index.js";
import { dockerConfigRules } from "./docker-config/index.js";
import { dockerListRules } from "./docker-list/index.js";
import { dockerManifestRules } from "./docker-manifest/index.js";
import { ociConfigRules } from "./oci-config/index.js";
import { ociLayoutRules } from "./oci-layout/index.js";
import { schema1Rules } from "./schema1/index.js";
import type { Rule } from "./rule.js";
import { structureRules } from "./structure/index.js";

export const RULES: readonly Rule[] = [
  ...jsonRules,
  ...limitRules,
  ...digestRules,
  ...mediaTypeRules,
  ...descriptorRules,
  ...structureRules,
  ...platformRules,
  ...annotationRules,
  ...ociManifestRules,
  ...ociIndexRules,
  ...attestationRules,
  ...ociConfigRules,
  ...ociLayoutRules,
  ...dockerManifestRules,
  ...dockerListRules,
  ...dockerConfigRules,
  ...schema1Rules,
  ...crossDocumentRules,
];

const byKey = new Map(RULES.map((rule) => [rule.key, rule]));
const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** A rule by its key ("desc.size-nonnegative") or catalogue id ("R20"). */
export function findRule(keyOrId: string): Rule | undefined {
  return byKey.get(keyOrId) ?? byId.get(keyOrId);
}
