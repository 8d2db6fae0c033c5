/**
 * Streaming digests of standard input. Node's OpenSSL-backed hash runs at the hardware's speed (SHA
 * extensions) in constant memory; files are hashed by the worker pool in hashing/.
 */
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import type { DigestAlgorithm } from "@ocilens/core";

export type StreamDigest = { digest: string; size: number };

export async function digestStream(stream: Readable, algorithm: DigestAlgorithm): Promise<StreamDigest> {
  const hash = createHash(algorithm);
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { digest: `${algorithm}:${hash.digest("hex")}`, size };
}
