/**
 * Digests over exact bytes.
 *
 * A document's digest is the digest of its bytes, never of a re-serialization: pretty-printed, minified,
 * CRLF and BOM variants of the same JSON are four different documents. Nothing here decodes or re-encodes.
 *
 * Two ways in:
 * - `digestBytes` hashes a buffer that is already in memory with WebCrypto (native speed in browsers and Node).
 * - `createHasher` hashes a stream chunk by chunk with @noble/hashes, in constant memory and synchronously,
 *   for callers that read data piece by piece or cannot await (e.g. an editor recomputing on every keystroke).
 */
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

export type DigestAlgorithm = "sha256" | "sha512";

export const DIGEST_ALGORITHMS: readonly DigestAlgorithm[] = ["sha256", "sha512"];

/** A hash fed chunk by chunk; `digest()` returns `algorithm:hex` and ends the hasher. */
export interface IncrementalHasher {
  update(chunk: Uint8Array): void;
  digest(): string;
}

const noble = { sha256, sha512 } as const;
const webCryptoName = { sha256: "SHA-256", sha512: "SHA-512" } as const;

export function isDigestAlgorithm(name: string): name is DigestAlgorithm {
  return (DIGEST_ALGORITHMS as readonly string[]).includes(name);
}

/** Incremental, synchronous, constant-memory hasher (pure TypeScript). */
export function createHasher(algorithm: DigestAlgorithm = "sha256"): IncrementalHasher {
  const state = noble[algorithm].create();
  return {
    update(chunk) {
      state.update(chunk);
    },
    digest() {
      return `${algorithm}:${bytesToHex(state.digest())}`;
    },
  };
}

/** Synchronous digest of bytes in memory. */
export function digestBytesSync(bytes: Uint8Array, algorithm: DigestAlgorithm = "sha256"): string {
  return `${algorithm}:${bytesToHex(noble[algorithm](bytes))}`;
}

/** Digest of bytes in memory with WebCrypto, falling back to the pure implementation where it is absent. */
export async function digestBytes(bytes: Uint8Array, algorithm: DigestAlgorithm = "sha256"): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return digestBytesSync(bytes, algorithm);
  const hash = await subtle.digest(webCryptoName[algorithm], bytes as Uint8Array<ArrayBuffer>);
  return `${algorithm}:${bytesToHex(new Uint8Array(hash))}`;
}
