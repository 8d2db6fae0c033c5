/**
 * Where the pieces of a new index come from: a registry repository, an OCI image layout folder, or
 * manifest files given on the command line. Assembly and copying only see this interface, so the online
 * and offline forms of `index create` share one implementation.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../io/exit.js";
import { CONFIG_MAX_BYTES, digestOf, LAYER_MAX_BYTES, type RegistryClient } from "./client.js";
import { RegistryError } from "./errors.js";
import { parseJsonObject } from "./json-object.js";
import { manifestSelector, type ImageReference } from "./reference.js";

export type StoredDocument = { bytes: Uint8Array; digest: string; contentType: string | null };

export interface ContentStore {
  /** For messages: where this content lives. */
  readonly label: string;
  /** Set when blobs can be mounted from here by a repository of the same registry. */
  readonly registry?: { host: string; repository: string };
  /** The document a SOURCE argument names. */
  resolve(selector: string): Promise<StoredDocument>;
  manifest(digest: string): Promise<StoredDocument>;
  blob(digest: string, maxBytes?: number): Promise<Uint8Array>;
}

export function registryStore(client: RegistryClient, reference: ImageReference): ContentStore {
  const { repository } = reference;
  return {
    label: `${reference.registry}/${repository}`,
    registry: { host: reference.host, repository },
    resolve: () => client.getManifest(repository, manifestSelector(reference)),
    manifest: (digest) => client.getManifest(repository, digest),
    blob: async (digest, maxBytes = LAYER_MAX_BYTES) =>
      (await client.getBlob(repository, digest, maxBytes)).bytes,
  };
}

const DIGEST = /^(sha256|sha512):([a-f0-9]+)$/;

/** An OCI image layout folder; SOURCE selectors are ref names (org.opencontainers.image.ref.name) or digests. */
export async function layoutStore(dir: string): Promise<ContentStore & { index: { manifests?: unknown[] } }> {
  let index: { manifests?: unknown[] };
  try {
    index = JSON.parse(await readFile(join(dir, "index.json"), "utf8")) as { manifests?: unknown[] };
  } catch (error) {
    throw new UsageError(
      `${dir} is not an OCI image layout: cannot read index.json (${(error as Error).message})`,
    );
  }
  const read = async (digest: string, maxBytes = LAYER_MAX_BYTES): Promise<Uint8Array> => {
    const match = DIGEST.exec(digest);
    if (!match) throw new RegistryError("invalid-content", `${digest} is not a digest this layout can hold`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(join(dir, "blobs", match[1]!, match[2]!)));
    } catch {
      throw new RegistryError("not-found", `${dir}: blob ${digest} is missing`);
    }
    if (bytes.length > maxBytes)
      throw new RegistryError("invalid-content", `${dir}: blob ${digest} is larger than ${maxBytes} bytes`);
    const actual = digestOf(bytes, match[1]);
    if (actual !== digest) {
      throw new RegistryError(
        "invalid-content",
        `${dir}: blob ${digest} holds content with digest ${actual}`,
        [],
        "net.digest-mismatch",
      );
    }
    return bytes;
  };
  const document = async (digest: string) => ({
    bytes: await read(digest, CONFIG_MAX_BYTES),
    digest,
    contentType: null,
  });
  return {
    label: dir,
    index,
    resolve: async (selector) => {
      if (DIGEST.test(selector)) return document(selector);
      const entry = (index.manifests ?? []).find(
        (item) =>
          (item as { annotations?: Record<string, unknown> })?.annotations?.[
            "org.opencontainers.image.ref.name"
          ] === selector,
      ) as { digest?: unknown } | undefined;
      if (typeof entry?.digest !== "string")
        throw new UsageError(`${dir} has no manifest named "${selector}"`);
      return document(entry.digest);
    },
    manifest: document,
    blob: read,
  };
}

/** Whether a document is a manifest or an index (a SOURCE), as opposed to a config it references. */
function namesOtherContent(bytes: Uint8Array): boolean {
  const value = parseJsonObject(bytes);
  // Image configs have a `config` member too (the container's); only manifests have `layers`.
  return value !== undefined && ("layers" in value || "manifests" in value);
}

/**
 * Manifest, index and config files given as paths; documents reference each other by digest. `sources`
 * are the paths holding manifests or indexes; the rest (configs) are only looked up.
 */
export async function fileStore(paths: readonly string[]): Promise<ContentStore & { sources: string[] }> {
  const byPath = new Map<string, StoredDocument>();
  const byDigest = new Map<string, StoredDocument>();
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      throw new UsageError(
        `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    const document = { bytes, digest: digestOf(bytes), contentType: null };
    byPath.set(path, document);
    byDigest.set(document.digest, document);
  }
  const find = (digest: string): StoredDocument => {
    const document = byDigest.get(digest);
    if (!document) throw new RegistryError("not-found", `none of the given files has digest ${digest}`);
    return document;
  };
  return {
    label: "the given files",
    sources: paths.filter((path) => namesOtherContent(byPath.get(path)!.bytes)),
    resolve: async (path) => byPath.get(path) ?? find(path),
    manifest: async (digest) => find(digest),
    blob: async (digest) => find(digest).bytes,
  };
}
