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
