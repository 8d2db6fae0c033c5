/**
 * What `ls` shows for one tag: the digest and media type it points at and the platforms it offers
 * (an index's entries, or a single manifest's config), attestation entries counted apart.
 */
import { formatPlatform, isAttestationEntry, type Platform } from "@ocilens/core";
import { configPlatform } from "./assemble-index.js";
import { CONFIG_MAX_BYTES, type RegistryClient } from "./client.js";
import { parseJsonObject, type JsonObject } from "./json-object.js";
import type { Limiter } from "./limiter.js";
import { contentTypeEssence } from "@ocilens/core";

export type TagSummary = {
  tag: string;
  digest: string;
  mediaType: string | null;
  platforms: string[];
  attestations: number;
};

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
  const parsed = parseJsonObject(document.bytes);
  const mediaType =
    (typeof parsed?.mediaType === "string" ? parsed.mediaType : null) ??
    contentTypeEssence(document.contentType);
  const summary: TagSummary = { tag, digest: document.digest, mediaType, platforms: [], attestations: 0 };
  if (Array.isArray(parsed?.manifests)) {
    for (const entry of parsed.manifests) {
      if (isAttestationEntry(entry)) summary.attestations++;
      else summary.platforms.push(platformOf((entry as JsonObject | null)?.platform));
    }
    return summary;
  }
  const configDigest = (parsed?.config as JsonObject | undefined)?.digest;
  if (typeof configDigest === "string") {
    const config = parseJsonObject(
      (await limit(() => client.getBlob(repository, configDigest, CONFIG_MAX_BYTES))).bytes,
    );
    const platform = config && configPlatform(config);
    if (platform) summary.platforms.push(formatPlatform(platform));
  }
  return summary;
}
