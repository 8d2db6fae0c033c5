/**
 * An image index (OCI) or manifest list (Docker) read into the facts every engine decides on: each entry's
 * platform (or none), whether it is an attestation, and the containers/image zstd annotation. Reading is
 * forgiving: a malformed entry becomes an entry without a platform rather than an exception.
 */
import { attestedDigest, isAttestationEntry } from "../documents/attestation.js";
import type { Platform } from "./types.js";
import { DOTTED_REVISION_RADIX, packDottedVersion, packWindowsVersion } from "./windows.js";

export const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
/** containers/image marks instances it compressed with zstd (including zstd:chunked) with this annotation. */
export const ZSTD_ANNOTATION = "io.github.containers.compression.zstd";

/** One entry as the index rules read it (one object per entry; the engines read the columns of an IndexView). */
export type IndexEntry = {
  position: number;
  /** null when the descriptor has no `platform` object. */
  platform: Platform | null;
  /** A small number per distinct platformKey of this index (0 = no platform), for memoizing engine decisions. */
  platformId: number;
  /**
   * The same for the platform without its os.version: entries that differ only in their Windows build share it,
   * so engines decide the rest once and compare builds per entry.
   */
  baseId: number;
  /** The os.version packed by packWindowsVersion (NO_OS_VERSION without one), parsed once per distinct version. */
  windowsVersion: number;
  digest: string | null;
  attestation: boolean;
  /** For an attestation: the digest of the manifest it describes. */
  describes: string | null;
  zstd: boolean;
};

/** What IndexView.flags holds per entry. */
export const IS_ATTESTATION = 1;
export const IS_ZSTD = 2;
/** The descriptor has a digest (a non-empty string). */
export const HAS_DIGEST = 4;

/**
 * An index read into columns, one slot per position (an entry is its position), and tables by platformId: what
 * every engine decides on. Columns rather than an object per entry, and nothing per entry that the tables by
 * platformId hold, because a selection over 10,000 entries spent much of its time allocating, filling and then
 * collecting what it read.
 */
export type IndexView = {
  /** Engines that tell the two apart (containers-image) follow this. */
  listKind: "oci-index" | "docker-manifest-list";
  /** The number of entries. */
  size: number;
  /** `index.manifests` as given: the descriptors, read again only for what few entries need (their digest). */
  manifests: readonly unknown[];
  /**
   * By position: a small number per distinct platformKey of this index (0 = no platform), for memoizing engine
   * decisions. Entries with the same number have equal platforms.
   */
  platformIds: Int32Array;
  /** By platformId: the platform of the first entry with it (null for 0). */
  platforms: ReadonlyArray<Platform | null>;
  /**
   * By platformId: the number of the platform without its os.version: entries that differ only in their Windows
   * build share it, so engines decide the rest once and compare builds per entry.
   */
  baseIds: readonly number[];
  /**
   * By platformId: the os.version packed by packWindowsVersion, NaN until windowsVersionOf has parsed it (only
   * the engines that check Windows builds ask, for thousands of builds).
   */
  windowsVersions: Float64Array;
  /**
   * By platformId: the os.version packed by packDottedVersion, parsed with windowsVersions (valid where that is
   * not NaN): regclient orders Windows builds by it, and reading each version's text once serves both.
   */
  dottedVersions: Float64Array;
  /** By platformId: the os.version ("" without one), so that comparing versions reads no platform object. */
  osVersions: readonly string[];
  /** By position: IS_ATTESTATION, IS_ZSTD and HAS_DIGEST bits. */
  flags: Uint8Array;
  /**
   * By position: a fingerprint of the digest (see digestTail), taken while the descriptor is being read anyway:
   * looking up attested digests later then reads only the digests it may match.
   */
  digestTails: Uint16Array;
  /** By position: the digest where HAS_DIGEST is set (kept so that a lookup need not read the descriptor again). */
  digests: Array<string | undefined>;
  /** The positions of attestations, ascending. */
  attestations: number[];
  /** By attestation (as in `attestations`): the digest of the manifest it describes, null when it names none. */
  describes: Array<string | null>;
};

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

const isStringOrAbsent = (value: unknown) => value === undefined || typeof value === "string";

/** A platform object whose fields all have the right types can be used as it is, without a copy. */
function isWellFormed(raw: Record<string, unknown>): raw is Platform {
  const features = raw["os.features"];
  return (
    typeof raw.os === "string" &&
    typeof raw.architecture === "string" &&
    isStringOrAbsent(raw.variant) &&
    isStringOrAbsent(raw["os.version"]) &&
    (features === undefined || (Array.isArray(features) && features.every((f) => typeof f === "string")))
  );
}

function readPlatform(value: unknown): Platform | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  if (isWellFormed(raw)) return raw;
  const platform: Platform = { os: text(raw.os), architecture: text(raw.architecture) };
  if (text(raw.variant) !== "") platform.variant = text(raw.variant);
  if (text(raw["os.version"]) !== "") platform["os.version"] = text(raw["os.version"]);
  if (Array.isArray(raw["os.features"])) {
    const features = raw["os.features"].filter((f): f is string => typeof f === "string");
    if (features.length > 0) platform["os.features"] = features;
  }
  return platform;
}

/** One distinct platform apart from os.version (of one architecture), and the ids of its builds. */
type Base = {
  os: string;
  variant: string;
  /** os.features joined with "+" ("" without any). */
  features: string;
  baseId: number;
  /** The id of the platform without os.version, -1 until one is seen. */
  unversioned: number;
  /** os.version → id. */
  versions: Map<string, number>;
};

/** Past this many bases of one architecture, they are found by a joined key instead of one by one. */
const LISTED_BASES = 8;

/** The bases of one architecture: a short list compared field by field, and a map once there are many. */
type Architecture = { listed: Base[]; keyed: Map<string, Base> };

/**
 * Numbers the distinct platforms of one index (0 = no platform), and the distinct platforms apart from os.version
 * (`baseId`). By architecture, then a few bases compared field by field (the field strings of a parsed index are
 * mostly the same few), then os.version: a Map lookup per field and entry was most of what reading an index cost,
 * and an index of thousands of Windows builds adds one map entry per build.
 */
function newNumbering() {
  // An object literal, not a class: V8 keeps a literal's hidden class alive, while the hidden classes a constructor's
  // fields transition to die with the last instance, and each full collection then threw away the optimized code
  // of reading an index ("marking dependent code … for deoptimization, reason: weak objects").
  return {
    architectures: new Map<string, Architecture>(),
    nextBaseId: 1,
    /** The platform of each id's first entry, by id. */
    platforms: [null] as Array<Platform | null>,
    /** The baseId of each platform, by id. */
    baseIds: [0],
    /** Each platform's os.version ("" without one), by id. */
    osVersions: [""],
  };
}

type Numbering = ReturnType<typeof newNumbering>;

/** The number of `platform` (0 for none), numbering it if it is new. */
function platformIdOf(numbering: Numbering, platform: Platform | null): number {
  if (!platform) return 0;
  const base = baseOf(numbering, platform);
  const version = platform["os.version"] ?? "";
  if (version === "") {
    if (base.unversioned < 0) base.unversioned = addPlatform(numbering, platform, base.baseId, version);
    return base.unversioned;
  }
  let id = base.versions.get(version);
  if (id === undefined)
    base.versions.set(version, (id = addPlatform(numbering, platform, base.baseId, version)));
  return id;
}

function baseOf(numbering: Numbering, platform: Platform): Base {
  const { os, architecture } = platform;
  const variant = platform.variant ?? "";
  const features = platform["os.features"];
  const featureKey = features && features.length > 0 ? features.join("+") : "";
  let bases = numbering.architectures.get(architecture);
  if (!bases) numbering.architectures.set(architecture, (bases = { listed: [], keyed: new Map() }));
  const { listed } = bases;
  for (let i = 0; i < listed.length; i++) {
    const base = listed[i]!;
    if (base.os === os && base.variant === variant && base.features === featureKey) return base;
  }
  const key = listed.length < LISTED_BASES ? null : `${os}\u0000${variant}\u0000${featureKey}`;
  const found = key === null ? undefined : bases.keyed.get(key);
  if (found) return found;
  const base: Base = {
    os,
    variant,
    features: featureKey,
    baseId: numbering.nextBaseId++,
    unversioned: -1,
    versions: new Map(),
  };
  if (key === null) listed.push(base);
  else bases.keyed.set(key, base);
  return base;
}

function addPlatform(numbering: Numbering, platform: Platform, baseId: number, version: string): number {
  const id = numbering.baseIds.length;
  numbering.platforms.push(platform);
  numbering.baseIds.push(baseId);
  numbering.osVersions.push(version);
  return id;
}

export function platformKey(platform: Platform | null): string {
  if (!platform) return "";
  const features = platform["os.features"];
  return `${platform.os}\u0000${platform.architecture}\u0000${platform.variant ?? ""}\u0000${platform["os.version"] ?? ""}\u0000${features ? features.join("+") : ""}`;
}

/** Bits of a digest's fingerprint. */
const TAIL_BITS = 16;

/**
 * A 16-bit fingerprint of a digest read from its last four characters, without hashing the whole string. Hex
 * digests end in well-mixed characters; any other spelling only makes describedPositions' chains longer.
 */
function digestTail(digest: string): number {
  const end = digest.length;
  let tail = 0;
  for (let i = Math.max(0, end - 4); i < end; i++) tail = (tail << 4) ^ digest.charCodeAt(i);
  return tail & ((1 << TAIL_BITS) - 1);
}

/**
 * Reads `index.manifests` into columns; throws an Error saying what is missing when `index` is not an index at
 * all. With `platformsByPosition`, also appends every entry's own platform to it.
 */
export function readIndexView(index: unknown, platformsByPosition?: Array<Platform | null>): IndexView {
  if (typeof index !== "object" || index === null || Array.isArray(index)) {
    throw new Error("an image index must be a JSON object with a `manifests` array");
  }
  const { manifests, mediaType } = index as { manifests?: unknown; mediaType?: unknown };
  if (!Array.isArray(manifests)) {
    throw new Error("the document has no `manifests` array: it is not an image index or manifest list");
  }
  const size = manifests.length;
  const numbers = newNumbering();
  const platformIds = new Int32Array(size);
  const flags = new Uint8Array(size);
  const digestTails = new Uint16Array(size);
  const digests = new Array<string | undefined>(size);
  const attestations: number[] = [];
  const describes: Array<string | null> = [];
  for (let position = 0; position < size; position++) {
    const descriptor: unknown = manifests[position];
    if (typeof descriptor !== "object" || descriptor === null) {
      platformsByPosition?.push(null);
      continue;
    }
    const raw = descriptor as Record<string, unknown>;
    const platform = readPlatform(raw.platform);
    platformsByPosition?.push(platform);
    platformIds[position] = platformIdOf(numbers, platform);
    let bits = 0;
    const digest = raw.digest;
    if (typeof digest === "string" && digest !== "") {
      bits = HAS_DIGEST;
      digestTails[position] = digestTail(digest);
      digests[position] = digest;
    }
    // `"annotations": null` is invalid but must not stop selection (typeof null is "object").
    const annotations = raw.annotations;
    if (typeof annotations === "object" && annotations !== null) {
      if ((annotations as Record<string, unknown>)[ZSTD_ANNOTATION] === "true") bits |= IS_ZSTD;
      if (isAttestationEntry(raw)) {
        bits |= IS_ATTESTATION;
        attestations.push(position);
        describes.push(attestedDigest(raw));
      }
    }
    flags[position] = bits;
  }
  return {
    listKind: mediaType === DOCKER_MANIFEST_LIST ? "docker-manifest-list" : "oci-index",
    size,
    manifests,
    platformIds,
    platforms: numbers.platforms,
    baseIds: numbers.baseIds,
    windowsVersions: new Float64Array(numbers.baseIds.length).fill(Number.NaN),
    dottedVersions: new Float64Array(numbers.baseIds.length),
    osVersions: numbers.osVersions,
    flags,
    digestTails,
    digests,
    attestations,
    describes,
  };
}

/** Parses the os.version of platform `platformId` into windowsVersions and dottedVersions. */
function parseVersions(view: IndexView, platformId: number): number {
  const text = view.osVersions[platformId]!;
  const dotted = packDottedVersion(text);
  view.dottedVersions[platformId] = dotted;
  // Four numbers within the dotted radixes are a Windows version within containerd's limits, and its
  // major.minor.build is what is left above the revision: one scan of the text instead of two.
  const packed = Number.isNaN(dotted) ? packWindowsVersion(text) : Math.floor(dotted / DOTTED_REVISION_RADIX);
  return (view.windowsVersions[platformId] = packed);
}

/** The os.version of platform `platformId` packed by packWindowsVersion (NO_OS_VERSION without one). */
export function windowsVersionOf(view: IndexView, platformId: number): number {
  const packed = view.windowsVersions[platformId]!;
  return Number.isNaN(packed) ? parseVersions(view, platformId) : packed;
}

/** The os.version of platform `platformId` packed by packDottedVersion. */
export function dottedVersionOf(view: IndexView, platformId: number): number {
  if (Number.isNaN(view.windowsVersions[platformId]!)) parseVersions(view, platformId);
  return view.dottedVersions[platformId]!;
}

/**
 * The platform of the entry at `position` read again: equal to its platformId's in every field that numbering
 * looks at, and otherwise as written (`"os.features": []` stays), for the one engine whose sentences notice.
 */
export function platformAt(view: IndexView, position: number): Platform | null {
  const descriptor = view.manifests[position];
  return typeof descriptor === "object" && descriptor !== null
    ? readPlatform((descriptor as { platform?: unknown }).platform)
    : null;
}

/** The entries of an index one object each, as the index rules read them. */
export function readIndex(index: unknown): { listKind: IndexView["listKind"]; entries: IndexEntry[] } {
  const platforms: Array<Platform | null> = [];
  const view = readIndexView(index, platforms);
  const described = new Map(view.attestations.map((position, i) => [position, view.describes[i]!]));
  const entries = platforms.map((platform, position): IndexEntry => {
    const platformId = view.platformIds[position]!;
    const flags = view.flags[position]!;
    return {
      position,
      platform,
      platformId,
      baseId: view.baseIds[platformId]!,
      windowsVersion: windowsVersionOf(view, platformId),
      digest: view.digests[position] ?? null,
      attestation: (flags & IS_ATTESTATION) !== 0,
      describes: described.get(position) ?? null,
      zstd: (flags & IS_ZSTD) !== 0,
    };
  });
  return { listKind: view.listKind, entries };
}

/** Chains of describedPositions: fingerprints folded to this many bits (a few entries per chain for 10,000). */
const CHAIN_BITS = 12;

/**
 * For each attestation (as `view.attestations` lists them), the position where the manifest it describes first
 * appears (attestations themselves excluded), or -1 when it names none or one not in the index. The candidate
 * entries are chained by their digest's fingerprint (taken when reading), so each described digest is compared
 * with the few digests of its chain and no digest string is hashed: hashing 71-character digests, or reading
 * thousands of them again once a selection has moved on, was most of this function's time.
 */
export function describedPositions(view: IndexView): Int32Array {
  const found = new Int32Array(view.attestations.length).fill(-1);
  if (found.length === 0) return found;
  const { flags, digestTails, digests } = view;
  const mask = (1 << CHAIN_BITS) - 1;
  // head[fingerprint] is the first position of its chain and next[position] the one after: ascending, since the
  // chains are built from the last position back.
  const head = new Int32Array(1 << CHAIN_BITS).fill(-1);
  const next = new Int32Array(view.size);
  for (let position = view.size - 1; position >= 0; position--) {
    if ((flags[position]! & (IS_ATTESTATION | HAS_DIGEST)) !== HAS_DIGEST) continue;
    const chain = digestTails[position]! & mask;
    next[position] = head[chain]!;
    head[chain] = position;
  }
  view.describes.forEach((described, attestation) => {
    if (described === null) return;
    const tail = digestTail(described);
    for (let position = head[tail & mask]!; position >= 0; position = next[position]!) {
      // The whole fingerprint first: a digest that differs in it is not read (its text is far away in memory).
      if (digestTails[position] === tail && digests[position] === described) {
        found[attestation] = position;
        return;
      }
    }
  });
  return found;
}
