/**
 * Fetches an image the way a client would walk it: the document REF names, then (in parallel, bounded)
 * every child manifest of an index and every manifest's config, each verified against the digest that
 * named it. Failures of single children are kept on their node, so the rest is still validated.
 */
import { CONFIG_MAX_BYTES, type FetchedDocument, type RegistryClient } from "./client.js";
import { RegistryError } from "./errors.js";
import type { Limiter } from "./limiter.js";
import { isIndexMediaType } from "./media-types.js";
import { parseJsonObject } from "./json-object.js";
import { DIGEST_GRAMMAR, manifestSelector, pinnedName, type ImageReference } from "./reference.js";

export type Role = "index" | "manifest" | "config";

/** A descriptor as the parent wrote it (only the members a walk needs, loosely typed: the parent may be invalid). */
export type ParentDescriptor = {
  mediaType?: unknown;
  digest: string;
  size?: unknown;
  platform?: unknown;
  annotations?: unknown;
};

export type FetchedNode = {
  /** `registry/repo@digest`. */
  name: string;
  role: Role;
  /** The digest the parent named (or the fetched digest for the root). */
  digest: string;
  /** How the parent referenced this node; absent for the root. */
  descriptor?: ParentDescriptor;
  /** Position in the parent's `manifests` array. */
  position?: number;
  document?: FetchedDocument;
  error?: RegistryError;
  children: FetchedNode[];
};

const MAX_NESTING = 4;

function descriptorsOf(value: unknown): Array<{ descriptor: ParentDescriptor; position: number }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, position) => {
    const digest = (item as { digest?: unknown } | null)?.digest;
    return typeof digest === "string" && DIGEST_GRAMMAR.test(digest)
      ? [{ descriptor: item as ParentDescriptor, position }]
      : [];
  });
}

/** Whether a manifest's own JSON or the descriptor naming it says it is an index. */
function looksLikeIndex(parsed: Record<string, unknown> | undefined, descriptor?: ParentDescriptor): boolean {
  const mediaType = typeof parsed?.mediaType === "string" ? parsed.mediaType : descriptor?.mediaType;
  if (typeof mediaType === "string") return isIndexMediaType(mediaType);
  return Array.isArray(parsed?.manifests);
}

export async function fetchImageTree(
  client: RegistryClient,
  reference: ImageReference,
  limit: Limiter,
): Promise<FetchedNode> {
  const repository = reference.repository;
  // An index may name one document twice (identical attestations, duplicate entries): fetch it once.
  const fetches = new Map<string, Promise<FetchedDocument>>();
  const once = (digest: string, load: () => Promise<FetchedDocument>) => {
    let pending = fetches.get(digest);
    if (!pending) {
      pending = limit(load);
      fetches.set(digest, pending);
    }
    return pending;
  };

  const fetchConfig = async (descriptor: ParentDescriptor): Promise<FetchedNode> => {
    const node: FetchedNode = {
      name: pinnedName(reference, descriptor.digest),
      role: "config",
      digest: descriptor.digest,
      descriptor,
      children: [],
    };
    try {
      node.document = await once(descriptor.digest, () =>
        client.getBlob(repository, descriptor.digest, CONFIG_MAX_BYTES),
      );
    } catch (error) {
      if (!(error instanceof RegistryError)) throw error;
      node.error = error;
    }
    return node;
  };

  const expand = async (node: FetchedNode, depth: number): Promise<void> => {
    const parsed = node.document && parseJsonObject(node.document.bytes);
    if (!parsed) return;
    if (looksLikeIndex(parsed, node.descriptor)) {
      node.role = "index";
      if (depth >= MAX_NESTING) return;
      node.children = await Promise.all(
        descriptorsOf(parsed.manifests).map(({ descriptor, position }) =>
          fetchManifest(descriptor, position, depth + 1),
        ),
      );
      return;
    }
    node.role = "manifest";
    const config = descriptorsOf([parsed.config])[0];
    if (config) node.children = [await fetchConfig(config.descriptor)];
  };

  const fetchManifest = async (
    descriptor: ParentDescriptor,
    position: number,
    depth: number,
  ): Promise<FetchedNode> => {
    const node: FetchedNode = {
      name: pinnedName(reference, descriptor.digest),
      role: "manifest",
      digest: descriptor.digest,
      descriptor,
      position,
      children: [],
    };
    try {
      node.document = await once(descriptor.digest, () => client.getManifest(repository, descriptor.digest));
    } catch (error) {
      if (!(error instanceof RegistryError)) throw error;
      node.error = error;
      return node;
    }
    await expand(node, depth);
    return node;
  };

  // The root's failures are the command's failures: there is nothing to report on without it.
  const document = await limit(() => client.getManifest(repository, manifestSelector(reference)));
  const root: FetchedNode = {
    name: pinnedName(reference, document.digest),
    role: "manifest",
    digest: document.digest,
    document,
    children: [],
  };
  await expand(root, 0);
  return root;
}

/** Every node, parents before children, in index order. */
export function flattenTree(root: FetchedNode): FetchedNode[] {
  return [root, ...root.children.flatMap(flattenTree)];
}

/** The first node of each distinct document: what a report lists once. */
export function distinctNodes(nodes: readonly FetchedNode[]): FetchedNode[] {
  const seen = new Set<string>();
  return nodes.filter((node) => !seen.has(node.name) && seen.add(node.name));
}
