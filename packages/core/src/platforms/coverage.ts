/**
 * Coverage of an index: for every machine of the catalogue and every engine, the entry it would run (each engine
 * asking for what it asks for on that machine with no --platform); machines nobody serves; machines where engines
 * disagree; entries no machine would ever get; and attestations under the manifest they describe.
 */
import { positionsByDigest, readIndex, type IndexEntry, type IndexView } from "./entries.js";
import { ENGINES } from "./engines/index.js";
import type { Twins } from "./engines/twins.js";
import { formatPlatform } from "./format.js";
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

/** By platformId: the first entry with the same normalized platform, that platform's text, and as written. */
type PlatformTexts = { first: IndexEntry[]; keys: string[]; written: Array<string | null> };

/**
 * For every distinct platform (by platformId), the first entry (not an attestation) whose platform normalizes
 * to the same text, and that text. Worked out over the first entry of each platformId, so an index of 10,000
 * entries formats and hashes a key per distinct platform rather than per entry.
 */
function firstOfNormalized(view: IndexView): PlatformTexts {
  const firstOfId: IndexEntry[] = [];
  for (const entry of view.entries) {
    if (!entry.attestation && firstOfId[entry.platformId] === undefined) firstOfId[entry.platformId] = entry;
  }
  const firstOfKey = new Map<string, IndexEntry>();
  const keys: string[] = [];
  const written: Array<string | null> = [];
  const sameWhenNormalized: boolean[] = [];
  const normalizesToItself = (baseId: number, platform: Platform) =>
    (sameWhenNormalized[baseId] ??= formatPlatform(normalizePlatform(platform)) === formatPlatform(platform));
  // In index order, so the first entry to claim a key is the earliest.
  for (const entry of view.entries) {
    if (firstOfId[entry.platformId] !== entry) continue;
    const platform = entry.platform;
    const text = platform ? formatPlatform(platform, { all: true }) : null;
    // Where normalizing leaves OS, architecture and variant as written (every Windows build of one platform: the
    // baseId), the normalized text is the written one, and thousands of builds are formatted once, not twice.
    const key =
      platform === null
        ? ""
        : normalizesToItself(entry.baseId, platform)
          ? text!
          : formatPlatform(normalizePlatform(platform), { all: true });
    keys[entry.platformId] = key;
    written[entry.platformId] = text;
    if (!firstOfKey.has(key)) firstOfKey.set(key, entry);
  }
  const first: IndexEntry[] = [];
  firstOfId.forEach((entry, id) => (first[id] = firstOfKey.get(keys[id]!)!));
  return { first, keys, written };
}

/**
 * Entries identical to an earlier one (same platform and compression) can never win a first-of-the-best scan, so
 * engines only need to see the first of each.
 */
function distinct(view: IndexView): IndexView {
  return firstOf(view, (entry) => entry.platformId * 4 + (entry.zstd ? 2 : 0) + (entry.attestation ? 1 : 0));
}

/** The view with only the first entry of each key. */
function firstOf(view: IndexView, keyOf: (entry: IndexEntry) => number): IndexView {
  const seen = new Set<number>();
  const entries = view.entries.filter((entry) => {
    const key = keyOf(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { listKind: view.listKind, entries };
}

/**
 * The entries any engine could take on a machine running `os`: every engine accepts only the machine's own OS or
 * Linux (Docker Desktop's VM, darwin and FreeBSD defaults, regclient on Windows), plus entries without a
 * platform. Dropping the rest changes no pick, and keeps Windows builds out of every Linux machine's scan.
 */
function forOs(view: IndexView, os: string, cache: Map<string, IndexView>): IndexView {
  let filtered = cache.get(os);
  if (!filtered) {
    const entries = view.entries.filter((entry) => {
      if (!entry.platform) return true;
      const entryOs = normalizeOs(entry.platform.os, os);
      return entryOs === os || entryOs === "linux";
    });
    cache.set(os, (filtered = { listKind: view.listKind, entries }));
  }
  return filtered;
}

/** The first entry of each group of twins (see engines/twins.ts), per view and kind of twins. */
function firstOfTwins(
  view: IndexView,
  twins: Twins,
  cache: Map<IndexView, Map<string, IndexView>>,
): IndexView {
  let byKind = cache.get(view);
  if (!byKind) cache.set(view, (byKind = new Map()));
  let filtered = byKind.get(twins.kind);
  if (!filtered) byKind.set(twins.kind, (filtered = firstOf(view, twins.key)));
  return filtered;
}

/**
 * Why an entry no host selects is unreached. Everything but the position depends only on the entry's platform
 * (and the first entry with that normalized platform), so entries sharing a platform share one explanation:
 * a 10,000-entry index of repeated builds formats a few dozen sentences, not thousands.
 */
function unreachedExplainer({
  first: firstOfPlatform,
  keys,
  written,
}: PlatformTexts): (entry: IndexEntry) => UnreachableEntry {
  const shadowedByPlatform: Array<Omit<UnreachableEntry, "position">> = [];
  const describe = (entry: IndexEntry): Omit<UnreachableEntry, "position"> => {
    const platform = written[entry.platformId] ?? null;
    const earlier = firstOfPlatform[entry.platformId];
    if (earlier && earlier.position < entry.position) {
      return {
        platform,
        kind: "shadowed",
        reason: `shadowed by position ${earlier.position}: both are ${keys[entry.platformId] || "without a platform"} once normalized, and engines take the earlier one; remove one of them`,
      };
    }
    return {
      platform,
      kind: "unreachable",
      reason: platform
        ? `no machine of the catalogue gets ${platform} from any engine: check the spelling and variant, or the target machines`
        : "no engine on any machine of the catalogue falls back to this entry without a platform: give it one",
    };
  };
  return (entry) => {
    // Only the first entry of a normalized platform can be unreachable rather than shadowed; it is not cached.
    const first = firstOfPlatform[entry.platformId] === entry;
    const facts = first ? describe(entry) : (shadowedByPlatform[entry.platformId] ??= describe(entry));
    // Spelled out: spreading `facts` into 10,000 fresh objects costs more than the rest of this list.
    return { position: entry.position, platform: facts.platform, kind: facts.kind, reason: facts.reason };
  };
}

export function analyzeCoverage(index: unknown, opts: CoverageOptions = {}): Coverage {
  const view = readIndex(index);
  const compact = distinct(view);
  const engines = [...(opts.engines ?? ENGINE_IDS)];
  const hosts = opts.hosts ?? HOSTS;
  // By position (entries are read one per position): a flag per entry, not a Set of 10,000 numbers to hash.
  const reached = new Uint8Array(view.entries.length);
  const byOs = new Map<string, IndexView>();
  const byTwins = new Map<IndexView, Map<string, IndexView>>();
  const rows = hosts.map((host): HostCoverage => {
    const selections = {} as Record<EngineId, number | null>;
    const candidates = forOs(compact, normalizeOs(host.platform.os), byOs);
    for (const id of engines) {
      const engine = ENGINES[id];
      const request = engine.requestFor ? engine.requestFor(host.platform) : host.platform;
      const pickOptions = { implicit: !engine.requestFor, preferGzip: opts.preferGzip };
      const twins = engine.twins?.(request, pickOptions);
      const scanned = twins ? firstOfTwins(candidates, twins, byTwins) : candidates;
      const position = engine.pick(scanned, request, pickOptions);
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
  const positionOfDigest = positionsByDigest(view);
  return {
    engines,
    hosts: rows,
    unserved: rows.filter((row) => engines.every((id) => row.selections[id] === null)).map((row) => row.host),
    disagreements: rows.filter((row) => !row.agree).map((row) => row.host),
    unreachable: view.entries
      .filter((entry) => !entry.attestation && reached[entry.position] === 0)
      .map(unreachedExplainer(firstOfNormalized(view))),
    attestations: view.entries
      .filter((entry) => entry.attestation)
      .map((entry) => ({
        position: entry.position,
        digest: entry.describes,
        describes: entry.describes === null ? null : (positionOfDigest.get(entry.describes) ?? null),
      })),
  };
}
