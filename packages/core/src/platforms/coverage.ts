/**
 * Coverage of an index: for every machine of the catalogue and every engine, the entry it would run (each engine
 * asking for what it asks for on that machine with no --platform); machines nobody serves; machines where engines
 * disagree; entries no machine would ever get; and attestations under the manifest they describe.
 */
import {
  describedPositions,
  dottedVersionOf,
  IS_ATTESTATION,
  IS_ZSTD,
  readIndexView,
  type IndexView,
} from "./entries.js";
import { ENGINES } from "./engines/index.js";
import type { Twins } from "./engines/twins.js";
import { formatBuilds, formatPlatform } from "./format.js";
import { HOSTS, type Host } from "./hosts.js";
import { normalizeOs, normalizePlatform } from "./normalize.js";
import { ENGINE_IDS, type EngineId, type Platform } from "./types.js";

export type HostCoverage = {
  host: string;
  label: string;
  platform: string;
  /** Position each engine selects, null when it selects nothing. */
  selections: Record<EngineId, number | null>;
  agree: boolean;
};

export type UnreachableEntry = {
  position: number;
  platform: string | null;
  kind: "shadowed" | "unreachable";
  reason: string;
};

export type AttestationGroup = { position: number; describes: number | null; digest: string | null };

export type Coverage = {
  engines: EngineId[];
  hosts: HostCoverage[];
  /** Host ids no engine serves. */
  unserved: string[];
  /** Host ids for which the engines do not all select the same entry. */
  disagreements: string[];
  /** Entries (not attestations) that no host selects with any engine. */
  unreachable: UnreachableEntry[];
  attestations: AttestationGroup[];
};

export type CoverageOptions = {
  hosts?: readonly Host[];
  engines?: readonly EngineId[];
  preferGzip?: boolean;
};

/**
 * By platformId: the position of the first entry with the same normalized platform (-1 where every entry is an
 * attestation), that platform's text, and as written.
 */
type PlatformTexts = { first: Int32Array; keys: string[]; written: Array<string | null> };

/**
 * For every distinct platform (by platformId), the first entry (not an attestation) whose platform normalizes
 * to the same text, and that text. Worked out over the first entry of each platformId, so an index of 10,000
 * entries formats and hashes a key per distinct platform rather than per entry.
 */
function firstOfNormalized(view: IndexView): PlatformTexts {
  const { platforms, platformIds, baseIds, flags } = view;
  const firstOfId = new Int32Array(baseIds.length).fill(-1);
  for (let position = 0; position < view.size; position++) {
    const id = platformIds[position]!;
    if ((flags[position]! & IS_ATTESTATION) === 0 && firstOfId[id] === -1) firstOfId[id] = position;
  }
  const keys: string[] = [];
  const written: Array<string | null> = [];
  const first = new Int32Array(firstOfId.length).fill(-1);
  const sameWhenNormalized: boolean[] = [];
  const normalizesToItself = (baseId: number, platform: Platform) =>
    (sameWhenNormalized[baseId] ??= formatPlatform(normalizePlatform(platform)) === formatPlatform(platform));
  // By baseId, for bases without os.features: their platforms differ only in os.version (with features, two
  // spellings of them can share a base), and the builds are written without reading each platform object. A
  // version that packs as four numbers (parsed for the machines already) is digits and dots: nothing to escape.
  const buildWriters: Array<((version: string, plain?: boolean) => string) | null> = [];
  const writtenText = (id: number, platform: Platform) => {
    const baseId = baseIds[id]!;
    let writer = buildWriters[baseId];
    if (writer === undefined) {
      const features = platform["os.features"];
      buildWriters[baseId] = writer = features && features.length > 0 ? null : formatBuilds(platform);
    }
    if (!writer) return formatPlatform(platform, { all: true });
    return writer(view.osVersions[id]!, !Number.isNaN(dottedVersionOf(view, id)));
  };
  const claim = claimsByText(view);
  // In index order, so the first entry to claim a key is the earliest.
  for (let position = 0; position < view.size; position++) {
    const id = platformIds[position]!;
    if (firstOfId[id] !== position) continue;
    const platform = platforms[id] ?? null;
    const text = platform ? writtenText(id, platform) : null;
    // Where normalizing leaves OS, architecture and variant as written (every Windows build of one platform: the
    // baseId), the normalized text is the written one, and thousands of builds are formatted once, not twice.
    const key =
      platform === null
        ? ""
        : normalizesToItself(baseIds[id]!, platform)
          ? text!
          : formatPlatform(normalizePlatform(platform), { all: true });
    keys[id] = key;
    written[id] = text;
    first[id] = claim(id, key, position);
  }
  return { first, keys, written };
}

/** A normalized OS or architecture that cannot run into the parts around it in a written platform. */
const READS_BACK = /^[^()/]+$/;

/** The position that first claimed `key`, which is `position` when it is the first. */
function firstClaim(claims: Map<string, number>, key: string, position: number): number {
  const earlier = claims.get(key);
  if (earlier !== undefined) return earlier;
  claims.set(key, position);
  return position;
}

/**
 * By baseId, the normalized text of the platform without os.version; null when some platform has an OS or an
 * architecture that does not read back (empty, or with "(", ")" or "/"), so that two texts might be equal without
 * their parts being equal.
 */
function textsWithoutVersion(view: IndexView): string[] | null {
  const texts: string[] = [];
  for (let id = 1; id < view.baseIds.length; id++) {
    const baseId = view.baseIds[id]!;
    if (texts[baseId] !== undefined) continue;
    const normalized = normalizePlatform(view.platforms[id]!);
    if (!READS_BACK.test(normalized.os) || !READS_BACK.test(normalized.architecture)) return null;
    texts[baseId] = formatPlatform({ ...normalized, "os.version": undefined }, { all: true });
  }
  return texts;
}

/**
 * Claims normalized platform texts in index order: `claim(id, key, position)` gives the position of the first claim
 * of `key`, the normalized text of platform `id`, called once per platform at its first entry. When every OS and
 * architecture reads back, a text splits into its parts in one way only, so texts are told apart by the text
 * without os.version (one per base) and the os.version: the platforms of a base differ in os.version, so a base
 * whose text no other base has claims its texts unopposed (thousands of Windows builds look nothing up), and the
 * platforms of bases sharing a text are told apart by their os.version, a string whose hash a read index has
 * already. Otherwise by the texts themselves.
 */
function claimsByText(view: IndexView): (id: number, key: string, position: number) => number {
  const baseTexts = textsWithoutVersion(view);
  if (!baseTexts) {
    const byText = new Map<string, number>();
    return (_id, key, position) => firstClaim(byText, key, position);
  }
  const basesOfText = new Map<string, number>();
  for (const text of baseTexts)
    if (text !== undefined) basesOfText.set(text, (basesOfText.get(text) ?? 0) + 1);
  const byParts = new Map<string, Map<string, number>>();
  let platformless = -1;
  return (id, _key, position) => {
    if (id === 0) return platformless < 0 ? (platformless = position) : platformless;
    const baseText = baseTexts[view.baseIds[id]!]!;
    if (basesOfText.get(baseText) === 1) return position;
    let byVersion = byParts.get(baseText);
    if (!byVersion) byParts.set(baseText, (byVersion = new Map()));
    return firstClaim(byVersion, view.osVersions[id]!, position);
  };
}

/**
 * The positions of the first entry of each key (ascending): entries identical to an earlier one (same platform
 * and compression) can never win a first-of-the-best scan, so engines only need to see the first of each.
 */
function distinct(view: IndexView): number[] {
  const { platformIds, flags } = view;
  // A flag per key (four per platform), not a Set of thousands of numbers to hash.
  const seen = new Uint8Array(view.baseIds.length * 4);
  const positions: number[] = [];
  for (let position = 0; position < view.size; position++) {
    const key = platformIds[position]! * 4 + (flags[position]! & (IS_ZSTD | IS_ATTESTATION));
    if (seen[key] === 0) {
      seen[key] = 1;
      positions.push(position);
    }
  }
  return positions;
}

/**
 * The entries any engine could take on a machine running `os`: every engine accepts only the machine's own OS or
 * Linux (Docker Desktop's VM, darwin and FreeBSD defaults, regclient on Windows), plus entries without a
 * platform. Dropping the rest changes no pick, and keeps Windows builds out of every Linux machine's scan.
 */
function forOs(view: IndexView, scan: number[], os: string, cache: Map<string, number[]>): number[] {
  let filtered = cache.get(os);
  if (!filtered) {
    const { platforms, platformIds, baseIds } = view;
    // By baseId: the OS is part of it.
    const kept: boolean[] = [];
    filtered = scan.filter((position) => {
      const id = platformIds[position]!;
      if (id === 0) return true;
      return (kept[baseIds[id]!] ??= isOsOrLinux(normalizeOs(platforms[id]!.os, os), os));
    });
    cache.set(os, filtered);
  }
  return filtered;
}

const isOsOrLinux = (entryOs: string, os: string) => entryOs === os || entryOs === "linux";

/**
 * The entry representing each group of twins (see engines/twins.ts), ascending, per list of positions and kind of
 * twins.
 */
function firstOfTwins(
  view: IndexView,
  scan: number[],
  twins: Twins,
  cache: Map<number[], Map<string, number[]>>,
): number[] {
  let byKind = cache.get(scan);
  if (!byKind) cache.set(scan, (byKind = new Map()));
  let filtered = byKind.get(twins.kind);
  if (!filtered) {
    const { key, prefers } = twins;
    // By key, the representative's place in `filtered`.
    const groups = new Map<number, number>();
    filtered = [];
    for (const position of scan) {
      const group = key(view, position);
      const at = groups.get(group);
      if (at === undefined) {
        groups.set(group, filtered.length);
        filtered.push(position);
      } else if (prefers?.(view, position, filtered[at]!)) {
        filtered[at] = position;
      }
    }
    if (prefers) filtered.sort((a, b) => a - b);
    byKind.set(twins.kind, filtered);
  }
  return filtered;
}

const UNREACHABLE_PLATFORM =
  "no machine of the catalogue gets this platform from any engine: check the spelling and variant, or the target machines";
const UNREACHABLE_WITHOUT_PLATFORM =
  "no engine on any machine of the catalogue falls back to this entry without a platform: give it one";

/**
 * Why an entry no host selects is unreached. Everything but the position depends only on the entry's platform
 * (and the first entry with that normalized platform), so entries sharing a platform share one explanation:
 * a 10,000-entry index of repeated builds formats a few dozen sentences, not thousands.
 */
function unreachedExplainer(
  view: IndexView,
  { first: firstOfPlatform, keys, written }: PlatformTexts,
): (position: number) => UnreachableEntry {
  const shadowedByPlatform: Array<Omit<UnreachableEntry, "position">> = [];
  const describe = (id: number, position: number): Omit<UnreachableEntry, "position"> => {
    const platform = written[id] ?? null;
    const earlier = firstOfPlatform[id]!;
    if (earlier >= 0 && earlier < position) {
      return {
        platform,
        kind: "shadowed",
        reason: `shadowed by position ${earlier}: both are ${keys[id] || "without a platform"} once normalized, and engines take the earlier one; remove one of them`,
      };
    }
    // The reason does not repeat the platform, which the entry carries: the same sentence serves thousands of builds.
    return {
      platform,
      kind: "unreachable",
      reason: platform ? UNREACHABLE_PLATFORM : UNREACHABLE_WITHOUT_PLATFORM,
    };
  };
  return (position) => {
    const id = view.platformIds[position]!;
    // Only the first entry of a normalized platform can be unreachable rather than shadowed; it is not cached.
    const first = firstOfPlatform[id] === position;
    const facts = first ? describe(id, position) : (shadowedByPlatform[id] ??= describe(id, position));
    // Spelled out: spreading `facts` into 10,000 fresh objects costs more than the rest of this list.
    return { position, platform: facts.platform, kind: facts.kind, reason: facts.reason };
  };
}

/** What an engine asks for on a machine, and that question as a key (with the machine's OS). */
type Asking = { request: Platform; question: string };

/**
 * By machine and engine, for frozen machines (the catalogue's: they cannot change under what is kept): worked out
 * once rather than on every coverage (the playground runs one per edit; a tenth of a run's picks went here).
 */
const askingByHost = new WeakMap<Host, Map<EngineId, Asking>>();

const isFrozenHost = (host: Host) =>
  Object.isFrozen(host) &&
  Object.isFrozen(host.platform) &&
  (host.platform["os.features"] === undefined || Object.isFrozen(host.platform["os.features"]));

function askingOf(host: Host, id: EngineId, os: string): Asking {
  let kept = askingByHost.get(host);
  const known = kept?.get(id);
  if (known) return known;
  const engine = ENGINES[id];
  const request = engine.requestFor ? engine.requestFor(host.platform) : host.platform;
  const asked = engine.requestFor ? request : engine.request(host.platform);
  const asking = { request, question: `${id}\u0000${os}\u0000${JSON.stringify(asked)}` };
  if (isFrozenHost(host)) {
    // Kept across runs, so frozen too: no pick may change what the next run asks.
    Object.freeze(request);
    if (!kept) askingByHost.set(host, (kept = new Map()));
    kept.set(id, asking);
  }
  return asking;
}

export function analyzeCoverage(index: unknown, opts: CoverageOptions = {}): Coverage {
  const view = readIndexView(index);
  const compact = distinct(view);
  const engines = [...(opts.engines ?? ENGINE_IDS)];
  const hosts = opts.hosts ?? HOSTS;
  // By position: a flag per entry, not a Set of 10,000 numbers to hash.
  const reached = new Uint8Array(view.size);
  const byOs = new Map<string, number[]>();
  const byTwins = new Map<number[], Map<string, number[]>>();
  // By engine, the machine's OS and what the engine asks for on it: machines an engine asks the same for get one
  // pick (containerd asks for linux/arm64/v8 on all six arm64 machines of the catalogue).
  const picked = new Map<string, number | null>();
  const rows = hosts.map((host): HostCoverage => {
    const selections = {} as Record<EngineId, number | null>;
    const os = normalizeOs(host.platform.os);
    const candidates = forOs(view, compact, os, byOs);
    for (const id of engines) {
      const engine = ENGINES[id];
      const { request, question } = askingOf(host, id, os);
      let position = picked.get(question);
      if (position === undefined) {
        const pickOptions = { implicit: !engine.requestFor, preferGzip: opts.preferGzip };
        const twins = engine.twins?.(request, pickOptions);
        const scanned = twins ? firstOfTwins(view, candidates, twins, byTwins) : candidates;
        position = engine.pick(view, request, pickOptions, scanned);
        picked.set(question, position);
      }
      selections[id] = position;
      if (position !== null) reached[position] = 1;
    }
    const picks = engines.map((id) => selections[id]);
    return {
      host: host.id,
      label: host.label,
      platform: formatPlatform(host.platform, { all: true }),
      selections,
      agree: picks.every((p) => p === picks[0]),
    };
  });
  const described = describedPositions(view);
  const explainUnreached = unreachedExplainer(view, firstOfNormalized(view));
  const unreachable: UnreachableEntry[] = [];
  for (let position = 0; position < view.size; position++) {
    if ((view.flags[position]! & IS_ATTESTATION) === 0 && reached[position] === 0)
      unreachable.push(explainUnreached(position));
  }
  return {
    engines,
    hosts: rows,
    unserved: rows.filter((row) => engines.every((id) => row.selections[id] === null)).map((row) => row.host),
    disagreements: rows.filter((row) => !row.agree).map((row) => row.host),
    unreachable,
    attestations: view.attestations.map((position, i) => ({
      position,
      digest: view.describes[i]!,
      describes: described[i]! < 0 ? null : described[i]!,
    })),
  };
}
