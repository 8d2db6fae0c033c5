/**
 * Makes every child of a new index present in the target repository before the index is pushed (a
 * registry rejects an index whose children it does not have). Children already there are left alone;
 * blobs from another repository of the same registry are mounted (no bytes move); anything else is copied.
 * Manifests are then pushed by digest with their own media type, nested indexes depth first.
 */
import { LAYER_MAX_BYTES, type RegistryClient } from "./client.js";
import type { ContentStore } from "./content-store.js";
import { RegistryError } from "./errors.js";
import { parseJsonObject } from "./json-object.js";
import type { Limiter } from "./limiter.js";
import { contentTypeEssence } from "@ocilens/core";

export type CopyCounts = { present: number; mounted: number; copied: number; manifests: number };

function digestsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((item: unknown) => {
    const digest = (item as { digest?: unknown } | null)?.digest;
    return typeof digest === "string" ? [digest] : [];
  });
}

export async function copyChildren(
  target: { client: RegistryClient; host: string; repository: string },
  children: ReadonlyArray<{ store: ContentStore; digest: string }>,
  limit: Limiter,
): Promise<CopyCounts> {
  const counts: CopyCounts = { present: 0, mounted: 0, copied: 0, manifests: 0 };
  const done = new Map<string, Promise<void>>();
  const { client, repository } = target;

  const copyBlob = async (store: ContentStore, digest: string): Promise<void> => {
    const sameRegistry = store.registry?.host === target.host;
    if (sameRegistry && store.registry!.repository !== repository) {
      const result = await limit(() =>
        client.mountBlob(repository, digest, store.registry!.repository, () =>
          store.blob(digest, LAYER_MAX_BYTES),
        ),
      );
      counts[result]++;
      return;
    }
    if (await limit(() => client.blobExists(repository, digest))) {
      counts.present++;
      return;
    }
    const bytes = await limit(() => store.blob(digest, LAYER_MAX_BYTES));
    await limit(() => client.pushBlob(repository, bytes));
    counts.copied++;
  };

  const copyManifest = async (store: ContentStore, digest: string): Promise<void> => {
    if (store.registry?.host === target.host && store.registry.repository === repository) return;
    if (await limit(() => client.headManifest(repository, digest))) {
      counts.present++;
      return;
    }
    const document = await limit(() => store.manifest(digest));
    const parsed = parseJsonObject(document.bytes);
    if (!parsed) {
      throw new RegistryError(
        "invalid-content",
        `${store.label}@${digest} is not JSON; cannot copy what it references`,
      );
    }
    await Promise.all([
      ...digestsOf(parsed.manifests).map((child) => once(child, () => copyManifest(store, child))),
      ...[...digestsOf(parsed.config), ...digestsOf(parsed.layers)].map((blob) =>
        once(blob, () => copyBlob(store, blob)),
      ),
    ]);
    const mediaType =
      typeof parsed.mediaType === "string" ? parsed.mediaType : contentTypeEssence(document.contentType);
    if (mediaType === null)
      throw new RegistryError(
        "invalid-content",
        `${store.label}@${digest} names no mediaType; cannot push it`,
      );
    await limit(() => client.putManifest(repository, digest, document.bytes, mediaType));
    counts.manifests++;
  };

  const once = (digest: string, work: () => Promise<void>): Promise<void> => {
    let pending = done.get(digest);
    if (!pending) {
      pending = work();
      done.set(digest, pending);
    }
    return pending;
  };

  await Promise.all(
    children.map((child) => once(child.digest, () => copyManifest(child.store, child.digest))),
  );
  return counts;
}
