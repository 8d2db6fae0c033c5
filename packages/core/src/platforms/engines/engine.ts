/**
 * The shape every engine has (match, compare, select with reasons), and the selection they all share: an
 * engine only says, for each entry, whether it fits and why, and how two fitting entries compare; this file
 * turns that into ranks, the pick and one sentence per candidate.
 */
import { describedPositions, IS_ATTESTATION, type IndexView } from "../entries.js";
import { formatPlatform } from "../format.js";
import { ordinal } from "../ordinal.js";
import type { Candidate, EngineId, Platform, Selection } from "../types.js";
import type { Twins } from "./twins.js";

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
 * One entry as an engine sees it. `tier` (never negative) orders fitting entries when the judge has no `order`
 * (smaller first, equal tiers keep index order): one number, so ranking thousands of entries is a counting sort rather than
 * comparisons of key arrays. `why` builds the sentence only when a selection is explained (coverage never asks).
 */
export type Verdict = {
  readonly matches: boolean;
  readonly tier: number;
  readonly why: () => string;
  /** `why()` once a selection has asked for it: entries with the same platform share the verdict and its sentence. */
  sentence: string | undefined;
  /** The place of `tier` among the tiers of the one ranking a verdict takes part in (verdicts belong to one judge), once rankByTier has worked it out (-1 before). */
  slot: number;
};

/** Verdicts are made only through these two, so every verdict has the same shape (one hidden class). */
export const accept = (tier: number, why: () => string): Verdict => ({
  matches: true,
  tier,
  why,
  sentence: undefined,
  slot: -1,
});
export const refuse = (why: () => string): Verdict => ({
  matches: false,
  tier: 0,
  why,
  sentence: undefined,
  slot: -1,
});

/** What `Judge.fit` returns for an entry that does not fit; tiers are never negative. */
export const NO_FIT = -1;

/**
 * How one engine judges the entries of one index for one host. An entry is its position in the IndexView the
 * judge was made for.
 */
export type Judge = {
  verdict(entry: number): Verdict;
  /**
   * The decision of `verdict` without its explanation: the entry's tier, or NO_FIT. For engines whose verdicts
   * differ per entry (one per Windows build), so that coverage, which reads no sentence, allocates nothing.
   */
  fit?: (entry: number) => number;
  /**
   * < 0 when the engine prefers a over b; 0 leaves them in index order. Only for preferences that are not a
   * number per entry (strings, pairwise rules); without it, verdict tiers decide.
   */
  order?(a: number, b: number): number;
  /**
   * Optional with `order`: a number per entry (by position) for the entries at `fitting`, smaller first and
   * equal exactly where `order` says 0, or null when `order` is not a consistent ordering of them (then only the
   * client's own sort says what comes out). Ranking sorts these numbers instead of asking `order`.
   */
  orderKeys?(fitting: readonly number[]): Float64Array | null;
};

export type EngineRules = {
  id: EngineId;
  /** The real client this emulates, for people. */
  emulates: string;
  /**
   * What this client asks for on `machine` when no platform is requested. With `implicit`, `judge` and `twins`
   * see the machine only through this, so machines it asks the same for are served alike (coverage relies on it).
   */
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
  /**
   * Which entries are twins when picking for `host` with `opts` (as `pick` takes them); without it, only entries
   * with the same platform are.
   */
  twins?(host: Platform, opts: SelectOptions): Twins | undefined;
  /** What this client does with attestation manifests besides not running them, if anything. */
  attestationNote?: string;
};

export type Engine = EngineRules & {
  select(view: IndexView, host: Platform, opts?: SelectOptions): Selection;
  /**
   * Only the selected position, without explanations (for coverage over many hosts), among the positions of
   * `scan` (ascending; every entry without it).
   */
  pick(view: IndexView, host: Platform, opts?: SelectOptions, scan?: ArrayLike<number>): number | null;
};

/** Memoizes a verdict function by a small per-entry number (entries with equal numbers get the same verdict). */
export function memoize(
  keyOf: (entry: number) => number,
  decide: (entry: number) => Verdict,
): (entry: number) => Verdict {
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

/**
 * Verdicts kept by baseId and packed Windows build (packWindowsVersion), for judges that decide every revision of
 * a build alike: thousands of revisions then share one verdict and its sentence.
 */
export function verdictsByBuild(): (baseId: number, build: number, decide: () => Verdict) => Verdict {
  const byBase: Array<Map<number, Verdict>> = [];
  return (baseId, build, decide) => {
    const ofBase = (byBase[baseId] ??= new Map());
    let verdict = ofBase.get(build);
    if (!verdict) ofBase.set(build, (verdict = decide()));
    return verdict;
  };
}

/**
 * Whether two fitting entries are equally good. An infinite tier (containerd's entries without a platform) is
 * "after everything", not a preference level, so such entries are never called as good as one another.
 */
const tiesByTier = (a: number, b: number) => a === b && a !== Number.POSITIVE_INFINITY;

/**
 * The entry the engine takes among the first `count` positions of `scan` (or positions 0 to count - 1 without
 * it): the first of the most preferred (a strict-improvement scan, as the clients do). With `verdicts` (by
 * position) it decides as the explanations do; without, by the judge's `fit` where there is one. -1 for none.
 */
function best(
  count: number,
  scan: ArrayLike<number> | undefined,
  judge: Judge,
  verdicts?: readonly Verdict[],
): number {
  const { order, fit } = judge;
  let chosen = -1;
  let chosenTier = 0;
  for (let i = 0; i < count; i++) {
    const entry = scan ? scan[i]! : i;
    const tier = verdicts
      ? fitOfVerdict(verdicts[entry]!)
      : fit
        ? fit(entry)
        : fitOfVerdict(judge.verdict(entry));
    if (tier === NO_FIT) continue;
    if (chosen < 0 || (order ? order.call(judge, entry, chosen) < 0 : tier < chosenTier)) {
      chosen = entry;
      chosenTier = tier;
    }
  }
  return chosen;
}

const fitOfVerdict = (verdict: Verdict) => (verdict.matches ? verdict.tier : NO_FIT);

/** Every entry's verdict, and the positions of the entries that fit (ascending). */
function verdictsOf(size: number, judge: Judge): { verdicts: Verdict[]; fitting: number[] } {
  const verdicts = new Array<Verdict>(size);
  const fitting: number[] = [];
  for (let i = 0; i < size; i++) {
    const verdict = judge.verdict(i);
    verdicts[i] = verdict;
    if (verdict.matches) fitting.push(i);
  }
  return { verdicts, fitting };
}

/**
 * The indexes of the fitting entries best first, ties in index order, by tier: a stable counting sort over the few
 * distinct tiers, linear in the number of entries. Tiers are sorted once per distinct verdict (verdicts are shared
 * per platform), and each entry then finds its tier's place on its verdict.
 */
function rankByTier(verdicts: readonly Verdict[], fitting: readonly number[]): Int32Array {
  const distinct: Verdict[] = [];
  for (const i of fitting) {
    const verdict = verdicts[i]!;
    if (verdict.slot === -1) {
      verdict.slot = 0;
      distinct.push(verdict);
    }
  }
  const tiers = [...new Set(distinct.map((verdict) => verdict.tier))].sort((a, b) => a - b);
  const slotOfTier = new Map(tiers.map((tier, slot) => [tier, slot]));
  for (const verdict of distinct) verdict.slot = slotOfTier.get(verdict.tier)!;
  // Where each tier's run starts in the ranked list.
  const starts = new Array<number>(tiers.length).fill(0);
  for (const i of fitting) starts[verdicts[i]!.slot]!++;
  let start = 0;
  for (let slot = 0; slot < starts.length; slot++) {
    const count = starts[slot]!;
    starts[slot] = start;
    start += count;
  }
  // Typed arrays here and for the ranks: their storage is not garbage-collected memory, and 10,000-entry
  // selections otherwise spend much of their time collecting.
  const ranked = new Int32Array(start);
  for (const i of fitting) ranked[starts[verdicts[i]!.slot]!++] = i;
  return ranked;
}

/**
 * The indexes of the fitting entries best first by the judge's own order, ties in index order; rank 1 is the
 * entry the client takes. With the judge's `orderKeys` (when its order is consistent on these entries), the keys
 * that sorted them, which also tell ties apart.
 */
function rankByOrder(
  verdicts: readonly Verdict[],
  fitting: readonly number[],
  judge: Judge,
  order: (a: number, b: number) => number,
): { ranked: readonly number[]; keys: Float64Array | null } {
  const ranked = [...fitting];
  const keys = judge.orderKeys ? judge.orderKeys(ranked) : null;
  // A consistent order ties entries broken by index into one total order, which every sort puts in the same
  // sequence: the keys give the same ranks as `order` would, with a comparison of two numbers each.
  if (keys) return { ranked: ranked.sort((a, b) => keys[a]! - keys[b]! || a - b), keys };
  ranked.sort((a, b) => order.call(judge, a, b) || a - b);
  // The clients scan for a strict improvement; with a preference that is not a strict weak order that can differ
  // from the sort's first: make rank 1 exactly the entry they take. (With a consistent one it is the first.)
  const first = best(verdicts.length, undefined, judge, verdicts);
  if (first >= 0 && ranked[0] !== first) {
    ranked.splice(ranked.indexOf(first), 1);
    ranked.unshift(first);
  }
  return { ranked, keys: null };
}

/** `target` is where the described manifest is (-1 when `described` is null or not in the index). */
function attestationNote(described: string | null, target: number): string {
  const of =
    target >= 0
      ? ` of position ${target}`
      : described !== null
        ? ` of ${described.slice(0, 19)}… (not in this index)`
        : "";
  return `attestation manifest${of}`;
}

function explainAttestation(
  view: IndexView,
  entry: number,
  described: string | null,
  verdict: Verdict,
  target: number,
  clientNote: string | undefined,
): string {
  const note = attestationNote(described, target);
  if (!verdict.matches) return `${note}: never a runnable platform${clientNote ? ` (${clientNote})` : ""}`;
  const platform = view.platforms[view.platformIds[entry]!];
  const text = platform ? formatPlatform(platform) : "no platform";
  return `${note}, yet it carries ${text} and this engine would run it: give attestations platform unknown/unknown`;
}

export function defineEngine(rules: EngineRules): Engine {
  return {
    ...rules,
    pick(view, host, opts = {}, scan) {
      const judge = rules.judge(view, host, opts);
      const chosen = best(scan ? scan.length : view.size, scan, judge);
      return chosen < 0 ? null : chosen;
    },
    select(view, host, opts = {}) {
      const judge = rules.judge(view, host, opts);
      const { size, flags } = view;
      const { verdicts, fitting } = verdictsOf(size, judge);
      const { order } = judge;
      const { ranked, keys } = order
        ? rankByOrder(verdicts, fitting, judge, order)
        : { ranked: rankByTier(verdicts, fitting), keys: null };
      const ties = (earlier: number, later: number) =>
        keys
          ? keys[earlier] === keys[later]
          : order
            ? order.call(judge, earlier, later) === 0
            : tiesByTier(verdicts[earlier]!.tier, verdicts[later]!.tier);
      // 0 = not ranked.
      const rankOf = new Int32Array(size);
      for (let i = 0; i < ranked.length; i++) rankOf[ranked[i]!] = i + 1;
      const targets = describedPositions(view);
      const candidates = new Array<Candidate>(size);
      // Attestations come in ascending positions, as view.attestations lists them with what each describes.
      let attestationsSeen = 0;
      for (let i = 0; i < size; i++) {
        const verdict = verdicts[i]!;
        const rank = rankOf[i]!;
        let reason: string;
        if ((flags[i]! & IS_ATTESTATION) !== 0) {
          const attestation = attestationsSeen++;
          const described = view.describes[attestation]!;
          reason = explainAttestation(
            view,
            i,
            described,
            verdict,
            targets[attestation]!,
            rules.attestationNote,
          );
        } else {
          reason = verdict.sentence ??= verdict.why();
        }
        if (rank !== 0) {
          const earlier = ranked[rank - 2];
          reason +=
            rank === 1
              ? ": selected"
              : earlier !== undefined && ties(earlier, i)
                ? `: accepted, ranked ${ordinal(rank)} (as good as position ${earlier}, which comes first in the index)`
                : `: accepted, ranked ${ordinal(rank)}`;
        }
        candidates[i] = { position: i, matches: verdict.matches, rank: rank || null, reason };
      }
      const first = ranked[0];
      return { engine: rules.id, selected: first === undefined ? null : first, candidates };
    },
  };
}
