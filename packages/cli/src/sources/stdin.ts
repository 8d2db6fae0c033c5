/** Standard input, read whole up to the size limit and hashed as it streams. */
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { STDIN_PATH } from "./paths.js";
import type { DocumentSource, OversizedSource } from "./source.js";

export async function readStdin(
  stream: Readable,
  maxSize: number,
): Promise<DocumentSource | OversizedSource> {
  const hash = createHash("sha256");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (size <= maxSize) chunks.push(chunk);
    else chunks.length = 0;
  }
  if (size > maxSize)
    return { type: "oversized", path: STDIN_PATH, digest: `sha256:${hash.digest("hex")}`, size };
  return { type: "document", path: STDIN_PATH, bytes: Buffer.concat(chunks) };
}
