/**
 * An image index (OCI) or manifest list (Docker) read into the facts every engine decides on: each entry's
 * platform (or none), whether it is an attestation, and the containers/image zstd annotation. Reading is
 * forgiving: a malformed entry becomes an entry without a platform rather than an exception.
 */
import { attestedDigest, isAttestationEntry } from "../documents/attestation.js";
import type { Platform } from "./types.js";

export const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
/** containers/image marks instances it compressed with zstd (including zstd:chunked) with this annotation. */
export const ZSTD_ANNOTATION = "io.github.containers.compression.zstd";

export type IndexEntry = {
  position: number;
  /** null when the descriptor has no `platform` object. */
  platform: Platform | null;
  /** Identifies the platform; "" for a missing platform. */
  platformKey: string;
  /** A small number per distinct platformKey of this index (0 = no platform), for memoizing engine decisions. */
  platformId: number;
  digest: string | null;
  mediaType: string | null;
  attestation: boolean;
  /** For an attestation: the digest of the manifest it describes. */
  describes: string | null;
  zstd: boolean;
};

export type IndexView = {
  /** Engines that tell the two apart (containers-image) follow this. */
  listKind: "oci-index" | "docker-manifest-list";
  entries: IndexEntry[];
};

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function readPlatform(value: unknown): Platform | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  const platform: Platform = { os: text(raw.os), architecture: text(raw.architecture) };
  if (text(raw.variant) !== "") platform.variant = text(raw.variant);
  if (text(raw["os.version"]) !== "") platform["os.version"] = text(raw["os.version"]);
  if (Array.isArray(raw["os.features"])) {
    const features = raw["os.features"].filter((f): f is string => typeof f === "string");
    if (features.length > 0) platform["os.features"] = features;
  }
  return platform;
}

export function platformKey(platform: Platform | null): string {
  if (!platform) return "";
  return [
    platform.os,
    platform.architecture,
    platform.variant ?? "",
    platform["os.version"] ?? "",
    (platform["os.features"] ?? []).join("+"),
  ].join("\u0000");
}

/** Reads `index.manifests`; throws an Error saying what is missing when `index` is not an index at all. */
export function readIndex(index: unknown): IndexView {
  if (typeof index !== "object" || index === null || Array.isArray(index)) {
    throw new Error("an image index must be a JSON object with a `manifests` array");
  }
  const { manifests, mediaType } = index as { manifests?: unknown; mediaType?: unknown };
  if (!Array.isArray(manifests)) {
    throw new Error("the document has no `manifests` array: it is not an image index or manifest list");
  }
  const ids = new Map<string, number>([["", 0]]);
  const entries = manifests.map((descriptor: unknown, position): IndexEntry => {
    const raw = (typeof descriptor === "object" && descriptor !== null ? descriptor : {}) as Record<
      string,
      unknown
    >;
    const platform = readPlatform(raw.platform);
    const key = platformKey(platform);
    let platformId = ids.get(key);
    if (platformId === undefined) ids.set(key, (platformId = ids.size));
    const annotations = (typeof raw.annotations === "object" && raw.annotations) as
      Record<string, unknown> | false;
    return {
      position,
      platform,
      platformKey: key,
      platformId,
      digest: text(raw.digest) || null,
      mediaType: text(raw.mediaType) || null,
      attestation: isAttestationEntry(raw),
      describes: attestedDigest(raw),
      zstd: annotations !== false && annotations[ZSTD_ANNOTATION] === "true",
    };
  });
  return { listKind: mediaType === DOCKER_MANIFEST_LIST ? "docker-manifest-list" : "oci-index", entries };
}

/** Where each manifest (not attestation) digest first appears, for saying which entry an attestation describes. */
export function positionsByDigest(view: IndexView): Map<string, number> {
  const positions = new Map<string, number>();
  for (const entry of view.entries) {
    if (entry.digest !== null && !entry.attestation && !positions.has(entry.digest)) {
      positions.set(entry.digest, entry.position);
    }
  }
  return positions;
}
