/**
 * containerd's `client.Pull` pipeline around a matcher: `FilterPlatforms` keeps entries without a platform and
 * entries that match; `LimitManifests(…, 1)` stable-sorts by the matcher's `Less`, entries without a platform
 * last, and keeps the first. Shared by the containerd, containerd-strict and docker engines.
 */
import {
  containerdMatcher,
  normalizeCandidate,
  type ContainerdMode,
  type ContainerdReading,
  type NormalizedCandidate,
} from "../containerd-match.js";
import { normalizePlatform } from "../normalize.js";
import type { Platform } from "../types.js";
import { compareOsVersionStringsDescending, NO_OS_VERSION, parseWindowsVersion } from "../windows.js";
import { windowsVersionOf, type IndexView } from "../entries.js";
import { accept, NO_FIT, refuse, verdictsByBuild, type Judge, type Verdict } from "./engine.js";

/** Entries without a platform rank after every platformed match. */
const PLATFORMLESS_TIER = Number.POSITIVE_INFINITY;
/** More than any count of os.features: a tier is the ladder step first, then more features first. */
const FEATURE_SCALE = 65536;
const tierOf = (step: number, featureCount: number) => (step + 1) * FEATURE_SCALE - featureCount;

/**
 * containerd's `DefaultSpec()` on a machine: its OS and architecture, a CPU variant only on arm (arm64 is always
 * plain v8: containerd detects no v8.x or v9), never an amd64 level, and on Windows `major.minor.build`.
 */
export function containerdDefaultSpec(machine: Platform): Platform {
  const normalized = normalizePlatform(machine);
  const spec: Platform = { os: normalized.os, architecture: normalized.architecture };
  if (normalized.architecture === "arm64") spec.variant = "v8";
  if (normalized.architecture === "arm" && normalized.variant) spec.variant = normalized.variant;
  const version = parseWindowsVersion(machine["os.version"]);
  if (normalized.os === "windows" && version)
    spec["os.version"] = `${version.major}.${version.minor}.${version.build}`;
  return spec;
}

/** Which matcher containerd's `Default()` is on the machine's OS. */
export function defaultMode(machine: Platform): ContainerdMode {
  const os = normalizePlatform(machine).os;
  if (os === "windows") return "windows-default";
  return os === "darwin" || os === "freebsd" ? "with-linux-default" : "only";
}

/** By index view and baseId, what containerd makes of a platform whatever the host (see normalizeCandidate). */
const normalizedByView = new WeakMap<IndexView, NormalizedCandidate[]>();

/**
 * The pull pipeline as a judge of `view`; `note` lets an engine add a clause about where its client differs, which
 * must depend on the candidate only apart from its os.version (the builds of one platform share it).
 */
export function containerdPullJudge(
  view: IndexView,
  host: Platform,
  mode: ContainerdMode,
  note: (candidate: Platform, matches: boolean) => string = () => "",
): Judge {
  const matcher = containerdMatcher(host, mode);
  const { platforms, platformIds, baseIds, osVersions } = view;
  // Entries that differ only in os.version (Windows builds) share a reading; each platform still gets its verdict.
  const readings: ContainerdReading[] = [];
  let normalized = normalizedByView.get(view);
  if (!normalized) normalizedByView.set(view, (normalized = []));
  const normalizedOf = (baseId: number, platform: Platform) =>
    (normalized[baseId] ??= normalizeCandidate(platform));
  // The platform object is read only for the first of each base: the parsed descriptors are far apart in memory,
  // and coverage asks for thousands of entries per machine.
  const readingOf = (platformId: number) => {
    const baseId = baseIds[platformId]!;
    let reading = readings[baseId];
    if (!reading) {
      const platform = platforms[platformId]!;
      readings[baseId] = reading = matcher.read(platform, normalizedOf(baseId, platform));
    }
    return reading;
  };
  const verdicts: Verdict[] = [];
  // By baseId, for the platforms whose os.version containerd does not read: all builds of one base share these.
  const baseVerdicts: Verdict[] = [];
  // Where the sentence names only the build: its revisions share these.
  const buildVerdicts = verdictsByBuild();
  // By baseId and whether the entry matches.
  const notes: string[] = [];
  const noteOf = (baseId: number, candidate: Platform, matches: boolean) =>
    (notes[baseId * 2 + (matches ? 1 : 0)] ??= note(candidate, matches));
  const judged = (
    candidate: Platform,
    reading: ContainerdReading,
    windowsVersion: number,
    baseId: number,
  ) => {
    const step = matcher.fitStep(reading, windowsVersion);
    // The sentence is built when read: a selection reads it once per verdict, coverage never.
    const why = () =>
      matcher.sentence(candidate, reading, windowsVersion) + noteOf(baseId, candidate, step >= 0);
    return step >= 0 ? accept(tierOf(step, reading.features.length), why) : refuse(why);
  };
  const decide = (platformId: number, candidate: Platform | null): Verdict => {
    if (!candidate) {
      return accept(
        PLATFORMLESS_TIER,
        () =>
          "entry without a platform: containerd keeps it but ranks it after every matching platform (for a local image it checks the config's platform instead)",
      );
    }
    const reading = readingOf(platformId);
    const baseId = baseIds[platformId]!;
    if (!matcher.readsVersion(reading))
      return (baseVerdicts[baseId] ??= judged(candidate, reading, NO_OS_VERSION, baseId));
    const windowsVersion = windowsVersionOf(view, platformId);
    const judge = () => judged(candidate, reading, windowsVersion, baseId);
    return matcher.namesBuildOnly(windowsVersion) ? buildVerdicts(baseId, windowsVersion, judge) : judge();
  };
  // Entries with the same platform share a verdict.
  const verdict = (entry: number): Verdict => {
    const platformId = platformIds[entry]!;
    return (verdicts[platformId] ??= decide(platformId, platforms[platformId]!));
  };
  const fit = (entry: number): number => {
    const platformId = platformIds[entry]!;
    if (platformId === 0) return PLATFORMLESS_TIER;
    const reading = readingOf(platformId);
    const version = matcher.readsVersion(reading) ? windowsVersionOf(view, platformId) : NO_OS_VERSION;
    const step = matcher.fitStep(reading, version);
    return step < 0 ? NO_FIT : tierOf(step, reading.features.length);
  };
  if (mode !== "windows-default") return { verdict, fit };
  return {
    verdict,
    fit,
    order(a, b) {
      const left = platformIds[a]!;
      const right = platformIds[b]!;
      if (left === 0 || right === 0) return (left !== 0 ? 0 : 1) - (right !== 0 ? 0 : 1);
      return compareOsVersionStringsDescending(osVersions[left], osVersions[right]);
    },
  };
}
