/**
 * Streaming file digests for the CLI. Node's OpenSSL-backed hash runs at the hardware's speed (SHA
 * extensions) in constant memory; the core stays pure and only defines the `algorithm:hex` form.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
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

export function digestFile(path: string, algorithm: DigestAlgorithm): Promise<StreamDigest> {
  return digestStream(createReadStream(path, { highWaterMark: 1 << 20 }), algorithm);
}
