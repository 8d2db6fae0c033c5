/**
 * What `ls` shows for one tag: the digest and media type it points at and the platforms it offers
 * (an index's entries, or a single manifest's config), attestation entries counted apart.
 */
import { formatPlatform, isAttestationEntry, type Platform } from "@ocilens/core";
import { configPlatform } from "./assemble-index.js";
import { CONFIG_MAX_BYTES, type RegistryClient } from "./client.js";
import type { Limiter } from "./limiter.js";
import { essenceOf } from "./media-types.js";

export type TagSummary = {
  tag: string;
  digest: string;
  mediaType: string | null;
  platforms: string[];
  attestations: number;
};

type Json = Record<string, unknown>;

function parse(bytes: Uint8Array): Json | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

function platformOf(value: unknown): string {
  const platform = value as Platform | undefined;
  return typeof platform?.os === "string" && typeof platform.architecture === "string"
    ? formatPlatform(platform)
    : "(no platform)";
}

export async function describeTag(
  client: RegistryClient,
  repository: string,
  tag: string,
  limit: Limiter,
): Promise<TagSummary> {
  const document = await limit(() => client.getManifest(repository, tag));
  const parsed = parse(document.bytes);
  const mediaType =
    (typeof parsed?.mediaType === "string" ? parsed.mediaType : null) ?? essenceOf(document.contentType);
  const summary: TagSummary = { tag, digest: document.digest, mediaType, platforms: [], attestations: 0 };
  if (Array.isArray(parsed?.manifests)) {
    for (const entry of parsed.manifests) {
      if (isAttestationEntry(entry)) summary.attestations++;
      else summary.platforms.push(platformOf((entry as Json | null)?.platform));
    }
    return summary;
  }
  const configDigest = (parsed?.config as Json | undefined)?.digest;
  if (typeof configDigest === "string") {
    const config = parse(
      (await limit(() => client.getBlob(repository, configDigest, CONFIG_MAX_BYTES))).bytes,
    );
    const platform = config && configPlatform(config);
    if (platform) summary.platforms.push(formatPlatform(platform));
  }
  return summary;
}
