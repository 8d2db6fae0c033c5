/**
 * Digest strings: the OCI grammar, the registered algorithms, and where digests occur in a document.
 *
 *   digest    ::= algorithm ":" encoded
 *   algorithm ::= component (separator component)*     component ::= [a-z0-9]+    separator ::= [+._-]
 *   encoded   ::= [a-zA-Z0-9=_-]+
 * (image-spec descriptor.md § Digests). Matching is full-string: no trailing newline slips through.
 */
import { blake3 } from "@noble/hashes/blake3.js";
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { getMember, isArray, isObject, isString } from "../json/access.js";
import type { JsonString } from "../json/node.js";
import { descriptorsOf } from "./descriptors.js";
import { memoizedByDocument } from "./memo.js";
import type { DocumentModel } from "./model.js";

const DIGEST = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;

export type ParsedDigest = { algorithm: string; encoded: string };

/** The parts of a grammatical digest, or undefined. */
export function parseDigest(value: string): ParsedDigest | undefined {
  const match = DIGEST.exec(value);
  return match ? { algorithm: match[1]!, encoded: match[2]! } : undefined;
}

/** Why a string is not a grammatical digest, in words. */
export function explainDigestGrammar(value: string): string {
  const colon = value.indexOf(":");
  if (colon < 0) return "it has no ':' between algorithm and encoded part";
  const algorithm = value.slice(0, colon);
  const encoded = value.slice(colon + 1);
  if (algorithm === "") return "the algorithm is empty";
  if (encoded === "") return "the encoded part is empty";
  if (/[A-Z]/.test(algorithm)) return `the algorithm "${algorithm}" has upper-case letters`;
  if (/[+._-]{2}|^[+._-]|[+._-]$/.test(algorithm))
    return `the algorithm "${algorithm}" has an empty component (a doubled, leading or trailing separator)`;
  if (!/^[a-z0-9+._-]+$/.test(algorithm))
    return `the algorithm "${algorithm}" has characters outside [a-z0-9+._-]`;
  return `the encoded part has characters outside [a-zA-Z0-9=_-]`;
}

type RegisteredAlgorithm = { hexLength: number; hash: (bytes: Uint8Array) => Uint8Array };

/** Algorithms registered by image-spec (blake3 on main only), with their encoded length in hex digits. */
export const REGISTERED_DIGEST_ALGORITHMS: Readonly<Record<string, RegisteredAlgorithm>> = {
  sha256: { hexLength: 64, hash: sha256 },
  sha512: { hexLength: 128, hash: sha512 },
  blake3: { hexLength: 64, hash: (bytes) => blake3(bytes) },
};

export function isRegisteredAlgorithm(algorithm: string): boolean {
  return Object.hasOwn(REGISTERED_DIGEST_ALGORITHMS, algorithm);
}

/** `algorithm:hex` of `bytes` for a registered algorithm. */
export function digestWith(algorithm: string, bytes: Uint8Array): string | undefined {
  const registered = REGISTERED_DIGEST_ALGORITHMS[algorithm];
  return registered && Object.hasOwn(REGISTERED_DIGEST_ALGORITHMS, algorithm)
    ? `${algorithm}:${bytesToHex(registered.hash(bytes))}`
    : undefined;
}

export type DigestRef = {
  node: JsonString;
  /** The digest's parts, or undefined when it is not grammatical (parsed once for the five digest rules). */
  parsed: ParsedDigest | undefined;
};

/** Every digest string of a document: descriptor digests, and a config's rootfs.diff_ids. */
export const digestsOf: (document: DocumentModel) => readonly DigestRef[] = memoizedByDocument(
  (document: DocumentModel): DigestRef[] => {
    const found: DigestRef[] = [];
    for (const descriptor of descriptorsOf(document)) {
      const digest = getMember(descriptor.node, "digest");
      if (isString(digest)) found.push({ node: digest, parsed: parseDigest(digest.value) });
    }
    if (document.kind === "oci-config" || document.kind === "docker-config") {
      const rootfs = getMember(document.root, "rootfs");
      const diffIds = isObject(rootfs) ? getMember(rootfs, "diff_ids") : undefined;
      if (isArray(diffIds)) {
        for (const item of diffIds.items) {
          if (isString(item)) found.push({ node: item, parsed: parseDigest(item.value) });
        }
      }
    }
    return found;
  },
);
