/**
 * Builds an image index from sources: a single manifest becomes one entry whose platform comes from its
 * config; an index (or manifest list) contributes its entries as they are, attestations included unless
 * left out. `--platform SOURCE=SPEC` overrides an entry's platform and warns where that contradicts the
 * config. Nothing is pushed here; the caller validates the result first.
 */
import {
  contentTypeEssence,
  formatPlatform,
  MEDIA_TYPES,
  normalizePlatform,
  type Platform,
} from "@ocilens/core";
import { UsageError } from "../io/exit.js";
import { CONFIG_MAX_BYTES } from "./client.js";
import type { ContentStore, StoredDocument } from "./content-store.js";
import { RegistryError } from "./errors.js";
import { parseJsonObject, type JsonObject } from "./json-object.js";
import { isIndexMediaType } from "./media-types.js";

export type IndexFormat = "oci" | "docker";

export type SourceInput = {
  /** The SOURCE argument as typed (what --platform SOURCE=SPEC refers to). */
  argument: string;
  store: ContentStore;
  selector: string;
  platformOverride?: Platform;
};

export type AssembledEntry = { descriptor: Record<string, unknown>; store: ContentStore; digest: string };

export type AssembledIndex = {
  bytes: Uint8Array;
  mediaType: string;
  entries: AssembledEntry[];
  /** Child manifests and configs, for cross-checking the index before it is pushed. */
  related: Uint8Array[];
  warnings: string[];
};

type Json = JsonObject;

const ATTESTATION_TYPE = "attestation-manifest";

function parseObject(document: StoredDocument, what: string): Json {
  const parsed = parseJsonObject(document.bytes);
  if (!parsed)
    throw new RegistryError("invalid-content", `${what} (${document.digest}) is not a JSON object`);
  return parsed;
}

function mediaTypeOf(document: StoredDocument, parsed: Json): string | undefined {
  return typeof parsed.mediaType === "string"
    ? parsed.mediaType
    : (contentTypeEssence(document.contentType) ?? undefined);
}

/** The platform an image's config records, in index descriptor form. */
export function configPlatform(config: Json): Platform | undefined {
  if (typeof config.architecture !== "string" || typeof config.os !== "string") return undefined;
  const platform: Platform = { architecture: config.architecture, os: config.os };
  if (typeof config.variant === "string" && config.variant !== "") platform.variant = config.variant;
  if (typeof config["os.version"] === "string" && config["os.version"] !== "")
    platform["os.version"] = config["os.version"];
  const features = config["os.features"];
  if (Array.isArray(features) && features.length > 0)
    platform["os.features"] = features.filter((f): f is string => typeof f === "string");
  return platform;
}

function samePlatform(a: Platform, b: Platform): boolean {
  const x = normalizePlatform(a);
  const y = normalizePlatform(b);
  return (
    x.os === y.os &&
    x.architecture === y.architecture &&
    (x.variant ?? "") === (y.variant ?? "") &&
    (x["os.version"] ?? "") === (y["os.version"] ?? "")
  );
}

function isAttestation(descriptor: Json): boolean {
  const annotations = descriptor.annotations as Json | undefined;
  return annotations?.["vnd.docker.reference.type"] === ATTESTATION_TYPE;
}

async function fromManifest(
  source: SourceInput,
  document: StoredDocument,
  parsed: Json,
  related: Uint8Array[],
  warnings: string[],
): Promise<AssembledEntry> {
  const mediaType = mediaTypeOf(document, parsed);
  if (mediaType === undefined)
    throw new UsageError(`${source.argument}: the manifest names no mediaType and none was served`);
  const configDigest = (parsed.config as Json | undefined)?.digest;
  let fromConfig: Platform | undefined;
  if (typeof configDigest === "string") {
    const configBytes = await source.store.blob(configDigest, CONFIG_MAX_BYTES).catch((error: unknown) => {
      if (source.platformOverride && error instanceof RegistryError && error.kind === "not-found")
        return undefined;
      throw error;
    });
    if (configBytes) {
      related.push(configBytes);
      fromConfig = configPlatform(
        parseObject(
          { bytes: configBytes, digest: configDigest, contentType: null },
          `${source.argument}'s config`,
        ),
      );
    }
  }
  const platform = source.platformOverride ?? fromConfig;
  if (!platform) {
    throw new UsageError(
      `${source.argument}: its config records no os/architecture; give one with --platform ${source.argument}=OS/ARCH`,
    );
  }
  if (source.platformOverride && fromConfig && !samePlatform(source.platformOverride, fromConfig)) {
    warnings.push(
      `--platform ${source.argument}=${formatPlatform(source.platformOverride)} contradicts its config, which says ${formatPlatform(fromConfig)}; runtimes will pull binaries for the config's platform`,
    );
  }
  return {
    descriptor: { mediaType, digest: document.digest, size: document.bytes.length, platform },
    store: source.store,
    digest: document.digest,
  };
}

/** A manifest and (when it has one) its config. */
async function childDocuments(store: ContentStore, digest: string): Promise<Uint8Array[]> {
  const child = await store.manifest(digest);
  const configDigest = (parseObject(child, digest).config as Json | undefined)?.digest;
  if (typeof configDigest !== "string") return [child.bytes];
  return [child.bytes, await store.blob(configDigest, CONFIG_MAX_BYTES)];
}

export async function assembleIndex(
  sources: readonly SourceInput[],
  options: { format: IndexFormat; attestations: boolean; annotations: Record<string, string> },
): Promise<AssembledIndex> {
  const entries: AssembledEntry[] = [];
  const related: Uint8Array[] = [];
  const warnings: string[] = [];
  for (const source of sources) {
    const document = await source.store.resolve(source.selector);
    const parsed = parseObject(document, source.argument);
    related.push(document.bytes);
    const mediaType = mediaTypeOf(document, parsed);
    if (!(mediaType !== undefined ? isIndexMediaType(mediaType) : Array.isArray(parsed.manifests))) {
      entries.push(await fromManifest(source, document, parsed, related, warnings));
      continue;
    }
    if (source.platformOverride) {
      throw new UsageError(
        `--platform ${source.argument}=…: ${source.argument} is an index; platforms can only be set for single manifests`,
      );
    }
    const carried: AssembledEntry[] = [];
    for (const item of Array.isArray(parsed.manifests) ? parsed.manifests : []) {
      const descriptor = item as Json;
      if (typeof descriptor?.digest !== "string") {
        throw new RegistryError("invalid-content", `${source.argument} has an entry without a digest`);
      }
      if (!options.attestations && isAttestation(descriptor)) continue;
      carried.push({ descriptor, store: source.store, digest: descriptor.digest });
    }
    entries.push(...carried);
    // The children and their configs let validation cross-check sizes, media types and platforms.
    const children = await Promise.all(carried.map((entry) => childDocuments(source.store, entry.digest)));
    related.push(...children.flat());
  }
  const seen = new Map<string, number>();
  entries.forEach((entry, position) => {
    const earlier = seen.get(entry.digest);
    if (earlier !== undefined)
      warnings.push(`entries ${earlier} and ${position} are the same manifest ${entry.digest}`);
    else seen.set(entry.digest, position);
  });
  const mediaType = options.format === "docker" ? MEDIA_TYPES.dockerManifestList : MEDIA_TYPES.ociIndex;
  const index: Json = { schemaVersion: 2, mediaType, manifests: entries.map((entry) => entry.descriptor) };
  if (Object.keys(options.annotations).length > 0) index.annotations = options.annotations;
  return {
    bytes: new TextEncoder().encode(JSON.stringify(index, null, 2)),
    mediaType,
    entries,
    related,
    warnings,
  };
}
