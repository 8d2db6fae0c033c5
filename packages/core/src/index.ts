/**
 * @ocilens/core: the public API. Everything here is pure, synchronous where the contract says so, and
 * runs unchanged in browsers and Node. See shared/spec/contract.md for what other programs rely on.
 */
export {
  createHasher,
  digestBytes,
  digestBytesSync,
  isDigestAlgorithm,
  DIGEST_ALGORITHMS,
  type DigestAlgorithm,
  type IncrementalHasher,
} from "./bytes/digest.js";
export {
  KINDS,
  type Diagnostic,
  type Kind,
  type Position,
  type Range,
  type Report,
  type Severity,
} from "./report.js";
export {
  validateDocument,
  validateDocuments,
  type NamedInput,
  type NamedReport,
} from "./validate/validate.js";
export type {
  RelatedInput,
  RuleSetting,
  ValidateOptions,
  ValidationDiagnostic,
  ValidationReport,
} from "./validate/options.js";
export { readDocument, type DocumentInput, type Sha256Sync } from "./documents/document.js";
export { detectKind, kindOfExpectation, type Expectation } from "./documents/detect.js";
export { DEFAULT_LIMITS, type DocumentLimits } from "./documents/limits.js";
export { MEDIA_TYPES } from "./documents/media-types.js";
export type { DocumentModel, KindSource } from "./documents/model.js";
export { RULES, findRule } from "./rules/registry.js";
export { CONTENT_TYPE_RULE, checkContentType, contentTypeEssence } from "./rules/transport/content-type.js";
export type { Fix, FormatCode, Rule } from "./rules/rule.js";
export { readJson } from "./json/read.js";
export type { JsonNode } from "./json/node.js";
export { isAttestationEntry, attestedDigest } from "./documents/attestation.js";
export {
  ENGINE_IDS,
  isEngineId,
  type Candidate,
  type EngineId,
  type Platform,
  type Selection,
} from "./platforms/types.js";
export { parsePlatform, PlatformParseError } from "./platforms/parse.js";
export { normalizePlatform } from "./platforms/normalize.js";
export { formatPlatform } from "./platforms/format.js";
export { matchPlatform, comparePlatforms, selectManifest } from "./platforms/select.js";
export { HOSTS, findHost, type Host } from "./platforms/hosts.js";
export {
  analyzeCoverage,
  type Coverage,
  type CoverageOptions,
  type HostCoverage,
} from "./platforms/coverage.js";
export { ENGINES } from "./platforms/engines/index.js";
export {
  validateLayout,
  type LayoutFileReport,
  type LayoutOptions,
  type LayoutReport,
} from "./layout/validate-layout.js";
export { verifyBlobs, type BlobCheck, type BlobStatus } from "./layout/verify-blobs.js";
export type { BlobDigest, LayoutEntry, LayoutListing, LayoutReader, RefusedEntry } from "./layout/reader.js";
export {
  fileReport,
  filesReport,
  renderJson,
  type FileReport,
  type FilesReport,
  type Summary,
} from "./output/file-report.js";
export {
  fileUri,
  renderSarif,
  ruleDocsUrl,
  PROJECT_URL,
  type SarifLocation,
  type SarifOptions,
} from "./output/sarif.js";
