/**
 * The shape every engine has (match, compare, select with reasons), and the selection they all share: an
 * engine only says, for each entry, whether it fits and why, and how two fitting entries compare; this file
 * turns that into ranks, the pick and one sentence per candidate.
 */
import { positionsByDigest, type IndexEntry, type IndexView } from "../entries.js";
import { formatPlatform } from "../format.js";
import { ordinal } from "../ordinal.js";
import type { EngineId, Platform, Selection } from "../types.js";

export type SelectOptions = {
  /** containers-image: prefer gzip instances over zstd ones (c/image `PreferGzipInstances=True`). */
  preferGzip?: boolean;
  /**
   * No platform was requested: `host` describes the machine the client runs on, and the engine derives what it
   * asks for (its default platform) from it, as it would without `--platform`.
   */
  implicit?: boolean;
};

/**
 * One entry as an engine sees it. `key` orders fitting entries (lexicographically, smaller first); `why` builds
 * the sentence only when a selection is explained (coverage never asks).
 */
export type Verdict = { matches: boolean; why: () => string; key?: readonly number[] };

/** How one engine judges the entries of one index for one host. */
export type Judge = {
  verdict(entry: IndexEntry): Verdict;
  /** < 0 when the engine prefers a over b; 0 leaves them in index order. Defaults to comparing verdict keys. */
  order?(a: IndexEntry, b: IndexEntry): number;
};

export type EngineRules = {
  id: EngineId;
  /** The real client this emulates, for people. */
  emulates: string;
  /** What this client asks for on `machine` when no platform is requested. */
  request(machine: Platform): Platform;
  /**
   * For clients that do not look at the machine they run on (crane always asks for linux/amd64): what a user
   * passes as the platform to serve `machine`. Coverage uses it instead of the client's default.
   */
  requestFor?(machine: Platform): Platform;
  match(host: Platform, candidate: Platform): boolean;
  /** < 0 when the engine prefers a, > 0 when it prefers b, 0 when it has no preference. */
  compare(host: Platform, a: Platform, b: Platform): number;
  judge(view: IndexView, host: Platform, opts: SelectOptions): Judge;
  /** What this client does with attestation manifests besides not running them, if anything. */
  attestationNote?: string;
};

export type Engine = EngineRules & {
  select(view: IndexView, host: Platform, opts?: SelectOptions): Selection;
  /** Only the selected position, without explanations (for coverage over many hosts). */
  pick(view: IndexView, host: Platform, opts?: SelectOptions): number | null;
};

function compareKeys(a: readonly number[] = [], b: readonly number[] = []): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Memoizes a verdict function by a small per-entry number (entries with equal numbers get the same verdict). */
export function memoize(
  keyOf: (entry: IndexEntry) => number,
  decide: (entry: IndexEntry) => Verdict,
): (entry: IndexEntry) => Verdict {
  const cache: Verdict[] = [];
  return (entry) => {
    const key = keyOf(entry);
    let verdict = cache[key];
    if (!verdict) {
      verdict = decide(entry);
      cache[key] = verdict;
    }
    return verdict;
  };
}

/** Entries with the same platform share a verdict. */
export const byPlatform = (entry: IndexEntry): number => entry.platformId;

/** The engine's own preference between two fitting entries; 0 when only index order decides. */
function orderOf(judge: Judge): (a: IndexEntry, b: IndexEntry) => number {
  return judge.order?.bind(judge) ?? ((a, b) => compareKeys(judge.verdict(a).key, judge.verdict(b).key));
}

/** The entry the engine takes: the first of the most preferred (a strict-improvement scan, as the clients do). */
function best(view: IndexView, judge: Judge): IndexEntry | null {
  const prefer = orderOf(judge);
  let chosen: IndexEntry | null = null;
  for (const entry of view.entries) {
    if (!judge.verdict(entry).matches) continue;
    if (chosen === null || prefer(entry, chosen) < 0) chosen = entry;
  }
  return chosen;
}

function attestationNote(entry: IndexEntry, positionOfDigest: Map<string, number>): string {
  const target = entry.describes === null ? undefined : positionOfDigest.get(entry.describes);
  const of =
    target !== undefined
      ? ` of position ${target}`
      : entry.describes !== null
        ? ` of ${entry.describes.slice(0, 19)}… (not in this index)`
        : "";
  return `attestation manifest${of}`;
}

function explainAttestation(
  entry: IndexEntry,
  verdict: Verdict,
  positions: Map<string, number>,
  clientNote: string | undefined,
): string {
  const note = attestationNote(entry, positions);
  if (!verdict.matches) return `${note}: never a runnable platform${clientNote ? ` (${clientNote})` : ""}`;
  const platform = entry.platform ? formatPlatform(entry.platform) : "no platform";
  return `${note}, yet it carries ${platform} and this engine would run it: give attestations platform unknown/unknown`;
}

export function defineEngine(rules: EngineRules): Engine {
  return {
    ...rules,
    pick(view, host, opts = {}) {
      return best(view, rules.judge(view, host, opts))?.position ?? null;
    },
    select(view, host, opts = {}) {
      const judge = rules.judge(view, host, opts);
      const order = orderOf(judge);
      const prefer = (a: IndexEntry, b: IndexEntry) => order(a, b) || a.position - b.position;
      const chosen = best(view, judge);
      const verdicts = view.entries.map((entry) => judge.verdict(entry));
      const ranked = view.entries.filter((entry) => verdicts[entry.position]?.matches).sort(prefer);
      // The clients scan for a strict improvement; make rank 1 exactly the entry they take.
      if (chosen && ranked[0] !== chosen) {
        ranked.splice(ranked.indexOf(chosen), 1);
        ranked.unshift(chosen);
      }
      const rankOf: Array<number | null> = view.entries.map(() => null);
      ranked.forEach((entry, i) => (rankOf[entry.position] = i + 1));
      const positions = positionsByDigest(view);
      // Entries with the same platform share one verdict object, and so one sentence.
      const sentences = new Map<Verdict, string>();
      const sentence = (verdict: Verdict): string => {
        let text = sentences.get(verdict);
        if (text === undefined) sentences.set(verdict, (text = verdict.why()));
        return text;
      };
      const candidates = view.entries.map((entry, position) => {
        const verdict = verdicts[position] as Verdict;
        const rank = rankOf[position] ?? null;
        let reason = entry.attestation
          ? explainAttestation(entry, verdict, positions, rules.attestationNote)
          : sentence(verdict);
        if (rank !== null) {
          const earlier = ranked[rank - 2];
          const tie = earlier !== undefined && order(earlier, entry) === 0;
          reason +=
            rank === 1
              ? ": selected"
              : tie
                ? `: accepted, ranked ${ordinal(rank)} (as good as position ${earlier.position}, which comes first in the index)`
                : `: accepted, ranked ${ordinal(rank)}`;
        }
        return { position: entry.position, matches: verdict.matches, rank, reason };
      });
      return { engine: rules.id, selected: chosen?.position ?? null, candidates };
    },
  };
}
