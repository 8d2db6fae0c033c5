/** Adds a finished index to an OCI image layout: its blob, and an index.json entry under a ref name. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { digestOf } from "./client.js";

const REF_NAME = "org.opencontainers.image.ref.name";

export async function addIndexToLayout(
  dir: string,
  bytes: Uint8Array,
  mediaType: string,
  refName: string,
): Promise<string> {
  const digest = digestOf(bytes);
  const blobs = join(dir, "blobs", "sha256");
  await mkdir(blobs, { recursive: true });
  await writeFile(join(blobs, digest.slice("sha256:".length)), bytes);
  const indexPath = join(dir, "index.json");
  const index = JSON.parse(await readFile(indexPath, "utf8")) as {
    manifests?: Array<{ annotations?: Record<string, string> }>;
  };
  // A ref name names one thing: the new index replaces whatever had the name before.
  const kept = (index.manifests ?? []).filter((entry) => entry.annotations?.[REF_NAME] !== refName);
  index.manifests = [
    ...kept,
    { mediaType, digest, size: bytes.length, annotations: { [REF_NAME]: refName } } as never,
  ];
  await writeFile(indexPath, `${JSON.stringify(index, null, 2)}\n`);
  return digest;
}
