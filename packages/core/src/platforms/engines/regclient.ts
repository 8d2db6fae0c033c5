/**
 * `regclient`: regctl's `DescriptorListSearch` — entries without a platform are skipped; among the entries
 * `Compatible` with the host, the first one that is strictly `Better` than every earlier one wins. Better
 * prefers, in order: the host's OS, the host's architecture, the host's exact variant, a higher numeric variant,
 * the host's exact os.version, a higher dotted os.version.
 */
import { dottedVersionOf, windowsVersionOf, type IndexView } from "../entries.js";
import { formatPlatform } from "../format.js";
import { normalizeArch } from "../normalize.js";
import type { Platform } from "../types.js";
import {
  DOTTED_REVISION_RADIX,
  formatPackedBuild,
  NO_OS_VERSION,
  packDottedVersion,
  packWindowsVersion,
} from "../windows.js";
import { accept, defineEngine, NO_FIT, refuse, verdictsByBuild, type Verdict } from "./engine.js";

/** One tier for every compatible entry: the judge's order (regclient's pairwise Better) ranks them. */
const EVERY_MATCH = 0;

/** A platform after regclient's normalize, with what the comparisons need worked out once. */
type Normalized = Platform & {
  variant: string;
  "os.version": string;
  /** `vN` → N, anything else 0. */
  level: number;
  /** os.version packed by packDottedVersion, NaN when it is not four numbers written without leading zeros. */
  dotted: number;
};

/** regclient's normalize: containerd's table without the arm64 v8.0/v9 rules (arm keeps its visible v7). */
function normalize(platform: Platform): Normalized {
  return withVersion(normalizeBase(platform), platform["os.version"] ?? "");
}

/** Everything but os.version, which entries that differ only in their Windows build share. */
function normalizeBase(platform: Platform): Normalized {
  const os = platform.os === "macos" ? "darwin" : platform.os;
  const raw = platform.variant ?? "";
  const isArm64 = platform.architecture === "arm64" || platform.architecture === "aarch64";
  const [architecture, variant] = isArm64
    ? ["arm64", raw === "8" || raw === "v8" ? "" : raw]
    : normalizeArch(platform.architecture, raw);
  return {
    os,
    architecture,
    variant,
    "os.version": "",
    "os.features": platform["os.features"],
    level: variantNumber(variant),
    dotted: Number.NaN,
  };
}

function withVersion(base: Normalized, version: string, dotted = packDottedVersion(version)): Normalized {
  // Spelled out rather than spread: one per distinct platform, thousands for an index of Windows builds.
  return {
    os: base.os,
    architecture: base.architecture,
    variant: base.variant,
    "os.version": version,
    "os.features": base["os.features"],
    level: base.level,
    dotted,
  };
}

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
/** Digits that a double holds exactly, so accumulating them gives what Number() gives. */
const EXACT_DIGITS = 15;

/**
 * The dot-part of `version` from `start` to `end` as regclient's strconv.Atoi reads it (an optional minus, then
 * digits), NaN when it is not a number. Read in place: thousands of Windows builds are compared in one coverage.
 */
function partValue(version: string, start: number, end: number): number {
  const negative = version.charCodeAt(start) === MINUS;
  const first = negative ? start + 1 : start;
  if (first === end) return Number.NaN;
  let value = 0;
  for (let i = first; i < end; i++) {
    const c = version.charCodeAt(i);
    if (c < ZERO || c > NINE) return Number.NaN;
    value = value * 10 + (c - ZERO);
  }
  if (end - first > EXACT_DIGITS) value = Number(version.slice(first, end));
  return negative ? -value : value;
}

const partEnd = (version: string, start: number) => {
  const dot = version.indexOf(".", start);
  return dot < 0 ? version.length : dot;
};

/** `vN` → N, anything else 0. */
function variantNumber(variant: string | undefined): number {
  const match = /^v?([0-9]+)$/.exec(variant ?? "");
  return match ? Number(match[1]) : 0;
}

/** From the levels worked out when normalizing: thousands of Windows builds are checked per selection. */
function variantCompatible(host: Normalized, target: Normalized): boolean {
  const h = host.level;
  const t = target.level;
  return h >= t || (h === 1 && target.variant === "") || (host.variant === "" && t === 1);
}

const DOT = 46;

/** The first three dot-parts of a version (regclient compares Windows builds on major.minor.build). */
function firstThree(version: string): string {
  let dot = -1;
  for (let parts = 0; parts < 3; parts++) {
    dot = version.indexOf(".", dot + 1);
    if (dot < 0) return version;
  }
  return version.slice(0, dot);
}

/**
 * Whether firstThree(version) is `build` (a firstThree itself), without cutting `version`: a Windows host checks
 * every build of its own, and cutting each took twice as long as this.
 */
function hasFirstThree(version: string, build: string): boolean {
  if (version.length === build.length) return version === build;
  // A longer version continues past `build` with the dot that ends its third part, if `build` has three.
  return (
    version.charCodeAt(build.length) === DOT &&
    version.startsWith(build) &&
    build.indexOf(".", build.indexOf(".") + 1) >= 0
  );
}

/**
 * regclient's semverCmp over dotted versions, part by part: a non-number loses to a number (and two non-numbers
 * end the comparison as equal); when `right` runs out of parts first, `left` is greater.
 */
function compareDotted(left: string, right: string): number {
  let leftStart = 0;
  let rightStart = 0;
  for (;;) {
    if (rightStart > right.length) return 1;
    const leftEnd = partEnd(left, leftStart);
    const rightEnd = partEnd(right, rightStart);
    const x = partValue(left, leftStart, leftEnd);
    const y = partValue(right, rightStart, rightEnd);
    if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
    if (Number.isNaN(y)) return 1;
    if (x !== y) return x < y ? -1 : 1;
    if (leftEnd === left.length) return 0;
    leftStart = leftEnd + 1;
    rightStart = rightEnd + 1;
  }
}

/**
 * regclient's os.version rules: a Windows host with a version needs a Windows entry's major.minor.build equal;
 * OSes other than Linux, FreeBSD and darwin need the versions equal.
 */
function versionCompatible(
  host: Normalized,
  hostBuild: string,
  targetOs: string,
  targetVersion: string,
  targetDotted: number,
): boolean {
  switch (host.os) {
    case "linux":
    case "freebsd":
    case "darwin":
      return true;
    case "windows":
      return (
        targetOs !== "windows" ||
        !host["os.version"] ||
        sameBuild(host, hostBuild, targetVersion, targetDotted)
      );
    default:
      return host["os.version"] === targetVersion;
  }
}

/**
 * Whether a version has the host's major.minor.build as written (`hostBuild` is firstThree of the host's). Where
 * both are packed (see packDottedVersion), the packed values say it without reading the text.
 */
function sameBuild(host: Normalized, hostBuild: string, version: string, dotted: number): boolean {
  return Number.isNaN(host.dotted) || Number.isNaN(dotted)
    ? hasFirstThree(version, hostBuild)
    : Math.floor(host.dotted / DOTTED_REVISION_RADIX) === Math.floor(dotted / DOTTED_REVISION_RADIX);
}

function versionProblem(host: Normalized, target: Normalized): string | null {
  const hostBuild = firstThree(host["os.version"]);
  if (versionCompatible(host, hostBuild, target.os, target["os.version"], target.dotted)) return null;
  if (host.os !== "windows") return "on this OS regclient needs an equal os.version";
  return target["os.version"]
    ? otherBuildProblem(host, `os.version ${target["os.version"]}`)
    : `the entry gives no os.version, and a Windows host with one (${host["os.version"]}) rejects it`;
}

/**
 * Why a Windows host refuses an entry whose os.version differs from its own in major.minor.build; `entry` names the
 * entry's version ("os.version 10.0.17763.5", or "build 10.0.17763" for every revision of a build).
 */
const otherBuildProblem = (host: Normalized, entry: string) =>
  `${entry} differs from the host's ${host["os.version"]} in major.minor.build (regclient has no LTSC window)`;

/**
 * Why `target` cannot run on `host`, or null when regclient calls it compatible. Without `withVersion` the
 * os.version rules are left out, for deciding once for all entries that differ only in their build.
 */
function incompatibility(host: Normalized, target: Normalized, withVersion = true): string | null {
  switch (host.os) {
    case "linux":
    case "freebsd":
      if (target.os !== host.os) return `regclient on a ${host.os} host accepts only ${host.os} entries`;
      return cpuProblem(host, target);
    case "windows": {
      if (target.os === "linux") return cpuProblem(host, target);
      if (target.os !== "windows") return "a Windows host accepts only Windows and Linux entries";
      const cpu = cpuProblem(host, target);
      if (cpu !== null) return cpu;
      return withVersion ? versionProblem(host, target) : null;
    }
    case "darwin":
      if (target.os !== "darwin" && target.os !== "linux")
        return "a darwin host accepts only darwin and Linux entries";
      return cpuProblem(host, target);
    default: {
      if (target.os !== host.os) return `regclient on a ${host.os} host accepts only ${host.os} entries`;
      const cpu = cpuProblem(host, target);
      if (cpu !== null) return cpu;
      const version = withVersion ? versionProblem(host, target) : null;
      if (version !== null) return version;
      return sameFeatures(host["os.features"], target["os.features"]) ? null : FEATURES_DIFFER;
    }
  }
}

/** The one check regclient makes after os.version (on OSes other than Linux, FreeBSD, darwin and Windows). */
const FEATURES_DIFFER = "on this OS regclient needs equal os.features";

/** The architecture, then the variant level (regclient's checks after the OS), or null when both are fine. */
function cpuProblem(host: Normalized, target: Normalized): string | null {
  if (host.architecture !== target.architecture) {
    return `built for ${target.architecture}, the host is ${host.architecture} (regclient has no cross-architecture fallback)`;
  }
  return variantCompatible(host, target)
    ? null
    : `variant ${target.variant} is above the host's ${host.variant || "baseline"} (regclient needs host level ≥ entry level)`;
}

const sameFeatures = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.join("\u0000") === b.join("\u0000");

/**
 * The preference half of regclient's `Better`, both ways at once, for entries already known to be compatible: < 0
 * when `Better(a, b)`, > 0 when `Better(b, a)`, 0 when neither. One pass: sorting a thousand Windows builds calls
 * it ten thousand times.
 */
function ordering(host: Normalized, a: Normalized, b: Normalized): number {
  if (a.os !== b.os) {
    if (a.os === host.os) return -1;
    if (b.os === host.os) return 1;
  }
  if (a.architecture !== b.architecture) {
    if (a.architecture === host.architecture) return -1;
    if (b.architecture === host.architecture) return 1;
  }
  if (a.variant !== b.variant) {
    if (a.variant === host.variant) return -1;
    if (b.variant === host.variant) return 1;
    if (a.level !== b.level) return a.level > b.level ? -1 : 1;
  }
  return versionOrdering(host, a["os.version"], a.dotted, b["os.version"], b.dotted);
}

/**
 * The os.version half of `ordering` (the host's exact version, then the higher dotted one), from the versions and
 * their packDottedVersion values: entries equal apart from os.version (thousands of Windows builds) are ordered by it
 * alone, without a normalized platform each.
 */
function versionOrdering(
  host: Normalized,
  aVersion: string,
  aDotted: number,
  bVersion: string,
  bDotted: number,
): number {
  // Packed versions are equal exactly where their texts are (see packDottedVersion): no text is compared.
  if (!Number.isNaN(aDotted) && !Number.isNaN(bDotted)) {
    if (aDotted === bDotted) return 0;
    if (aDotted === host.dotted) return -1;
    if (bDotted === host.dotted) return 1;
    return aDotted > bDotted ? -1 : 1;
  }
  if (aVersion === bVersion) return 0;
  if (aVersion === host["os.version"]) return -1;
  if (bVersion === host["os.version"]) return 1;
  // Better(a, b) asks whether b's version is below a's; Better(b, a) the reverse, and extra parts or two
  // non-numbers can make both say no.
  if (compareDotted(bVersion, aVersion) < 0) return -1;
  return compareDotted(aVersion, bVersion) < 0 ? 1 : 0;
}

/** Integers a double holds exactly: packed keys stay below it. */
const EXACT_INTEGERS = 2 ** 53;

/** The parts of a dotted version made only of digits (at most EXACT_DIGITS each), or null for any other text. */
function numericParts(version: string): number[] | null {
  const parts: number[] = [];
  let start = 0;
  for (;;) {
    const end = partEnd(version, start);
    if (end === start || end - start > EXACT_DIGITS) return null;
    const value = partValue(version, start, end);
    if (Number.isNaN(value) || version.charCodeAt(start) === MINUS) return null;
    parts.push(value);
    if (end === version.length) return parts;
    start = end + 1;
  }
}

/**
 * Numbers that order compatible entries exactly as `ordering` does (see Judge.orderKeys), or null when `ordering`
 * is not consistent on them. Up to os.version, `ordering` is lexicographic on (host's OS, host's architecture,
 * host's variant, higher level); then the host's own os.version first; then compareDotted, which is consistent
 * only among versions of the same number of all-numeric parts (a version that runs out of parts first ties with
 * longer ones that differ among themselves). So: per group of entries equal up to os.version, either one version
 * (besides the host's) or numeric versions of one length, packed in mixed radix. `bases` gives each fitting
 * entry's baseId: entries of one base are in one group, which is then looked up once per base.
 */
function orderingKeys(
  host: Normalized,
  fitting: readonly Normalized[],
  bases: readonly number[],
): Float64Array | null {
  type Group = { os: number; architecture: number; variant: number; level: number; versions: Normalized[] };
  const groups = new Map<string, Group>();
  const groupOfBase: Group[] = [];
  const groupOf: Group[] = [];
  fitting.forEach((platform, i) => {
    let group = groupOfBase[bases[i]!];
    if (!group) {
      const os = platform.os === host.os ? 0 : 1;
      const architecture = platform.architecture === host.architecture ? 0 : 1;
      const variant = platform.variant === host.variant ? 0 : 1;
      const name = `${os}${architecture}${variant}:${platform.level}`;
      group = groups.get(name);
      if (!group)
        groups.set(name, (group = { os, architecture, variant, level: platform.level, versions: [] }));
      groupOfBase[bases[i]!] = group;
    }
    groupOf.push(group);
    if (platform["os.version"] !== host["os.version"]) group.versions.push(platform);
  });
  // Per group, the packed value of each of its versions (higher first once subtracted from the span).
  const packedIn = new Map<Group, Map<string, number>>();
  const spans = new Map<Group, number>();
  for (const group of groups.values()) {
    const distinct = [...new Set(group.versions.map((platform) => platform["os.version"]))];
    if (distinct.length <= 1) {
      spans.set(group, 1);
      continue;
    }
    const packed = new Map<string, number>();
    packedIn.set(group, packed);
    // Four-number versions (every Windows build) are packed already: their place among the group's values.
    if (group.versions.every((platform) => !Number.isNaN(platform.dotted))) {
      const values = Float64Array.from(new Set(group.versions.map((platform) => platform.dotted))).sort();
      spans.set(group, values.length);
      for (const platform of group.versions)
        packed.set(platform["os.version"], placeIn(values, platform.dotted));
      continue;
    }
    const parsed = distinct.map(numericParts);
    const length = parsed[0]?.length ?? 0;
    if (parsed.some((parts) => parts === null || parts.length !== length)) return null;
    const radixes = new Array<number>(length).fill(1);
    for (const parts of parsed) parts!.forEach((part, i) => (radixes[i] = Math.max(radixes[i]!, part + 1)));
    const span = radixes.reduce((product, radix) => product * radix, 1);
    if (span > EXACT_INTEGERS) return null;
    spans.set(group, span);
    parsed.forEach((parts, i) =>
      packed.set(
        distinct[i]!,
        parts!.reduce((value, part, at) => value * radixes[at]! + part, 0),
      ),
    );
  }
  const ranks = [...groups.values()].sort(
    (a, b) => a.os - b.os || a.architecture - b.architecture || a.variant - b.variant || b.level - a.level,
  );
  const widest = Math.max(...spans.values());
  if (ranks.length * 2 * widest > EXACT_INTEGERS) return null;
  const rankOf = new Map(ranks.map((group, rank) => [group, rank]));
  const keys = new Float64Array(fitting.length);
  fitting.forEach((platform, i) => {
    const group = groupOf[i]!;
    const version = platform["os.version"];
    const notHost = version === host["os.version"] ? 0 : 1;
    const below =
      notHost && spans.get(group)! > 1 ? spans.get(group)! - 1 - packedIn.get(group)!.get(version)! : 0;
    keys[i] = (rankOf.get(group)! * 2 + notHost) * widest + below;
  });
  return keys;
}

/** The index of `value` in the ascending `values`, which hold it. */
function placeIn(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** regclient's `Better(target, prev)`: target compatible and strictly preferred over prev. */
function better(host: Normalized, target: Normalized, prev: Normalized): boolean {
  return incompatibility(host, target) === null && ordering(host, target, prev) < 0;
}

/** regclient's local platform: OS, architecture, the arm level and the amd64 level from CPUID, Windows os.version. */
function localPlatform(machine: Platform): Platform {
  const n = normalize(machine);
  const local: Platform = { os: n.os, architecture: n.architecture };
  if ((n.architecture === "arm" || n.architecture === "amd64") && n.variant) local.variant = n.variant;
  if (n.os === "windows" && machine["os.version"]) local["os.version"] = machine["os.version"];
  return local;
}

/** How sentences name a platform: as written, without os.version (the builds of one platform share it). */
const written = (platform: Platform) => formatPlatform(platform) || "an empty platform";

/** `text` is the candidate as `written` says it, `hostText` the host's. */
function decide(h: Normalized, hostText: () => string, text: string, c: Normalized): Verdict {
  const problem = incompatibility(h, c);
  if (problem !== null) return refuse(() => `${text}: ${problem}`);
  return accept(EVERY_MATCH, () => compatibleWhy(h, hostText, text, c));
}

/** The sentence for a compatible entry: what separates it from the host's exact platform, if anything. */
function compatibleWhy(h: Normalized, hostText: () => string, text: string, c: Normalized): string {
  // Joined as it goes rather than through an array: one sentence per compatible Windows build.
  let differences = "";
  const add = (difference: string) => (differences += differences === "" ? difference : `; ${difference}`);
  if (c.os !== h.os) add(`a ${c.os} entry, which a ${h.os} host accepts after its own OS`);
  if (c.variant !== h.variant) {
    add(
      `variant ${c.variant || "(none)"} is below the host's ${h.variant || "(none)"}, and regclient prefers the exact variant, then the highest`,
    );
  }
  if (c.os === h.os && h["os.version"] && c["os.version"] !== h["os.version"]) {
    add(
      `os.version ${c["os.version"]} is not the host's ${h["os.version"]} (same build), and regclient prefers the exact one, then the highest`,
    );
  }
  return differences === ""
    ? `${text} is the host's exact platform`
    : `${text} is compatible with ${hostText()}: ${differences}`;
}

/**
 * Normalized platforms per index view: by baseId (all but os.version) and by platformId. Normalizing does not
 * depend on the host, so the hosts of a coverage run, which share a view per OS, normalize each distinct platform
 * once, and thousands of Windows builds of one platform share the rest (and are ordered among themselves by their
 * packed version alone, which the view holds).
 */
type NormalizedTables = { bases: Normalized[]; platforms: Normalized[] };
const normalizedByView = new WeakMap<IndexView, NormalizedTables>();

function normalizedTables(view: IndexView): NormalizedTables {
  let tables = normalizedByView.get(view);
  if (!tables) normalizedByView.set(view, (tables = { bases: [], platforms: [] }));
  return tables;
}

function normalizedBaseOf(tables: NormalizedTables, baseId: number, platform: Platform): Normalized {
  return (tables.bases[baseId] ??= normalizeBase(platform));
}

/** The normalized platform of a platformId of `view` (not 0). */
function normalizedOf(view: IndexView, tables: NormalizedTables, platformId: number): Normalized {
  return (tables.platforms[platformId] ??= withVersion(
    normalizedBaseOf(tables, view.baseIds[platformId]!, view.platforms[platformId]!),
    view.osVersions[platformId]!,
    dottedVersionOf(view, platformId),
  ));
}

/** Compares two platforms as DescriptorListSearch would: < 0 when `a` is Better than `b`. */
function preference(host: Normalized, a: Normalized, b: Normalized): number {
  return better(host, a, b) ? -1 : better(host, b, a) ? 1 : 0;
}

export const regclientEngine = defineEngine({
  id: "regclient",
  emulates: "regclient / regctl (DescriptorListSearch with Compatible and Better)",
  request: localPlatform,
  match: (host, candidate) => incompatibility(normalize(host), normalize(candidate)) === null,
  compare: (host, a, b) => preference(normalize(host), normalize(a), normalize(b)),
  judge: (view, hostOrMachine, opts) => {
    const host = normalize(opts.implicit ? localPlatform(hostOrMachine) : hostOrMachine);
    const tables = normalizedTables(view);
    const { platforms, platformIds, baseIds, osVersions } = view;
    // Problems found before os.version is looked at are the same for every build of a platform, and so is
    // their sentence: by baseId, a refusal all builds share, or null when the build matters.
    const refusedBase: Array<Verdict | null> = [];
    const refusalOf = (baseId: number, platform: Platform): Verdict | null => {
      let shared = refusedBase[baseId];
      if (shared === undefined) {
        const problem = incompatibility(host, normalizedBaseOf(tables, baseId, platform), false);
        shared = refusedBase[baseId] =
          problem !== null && problem !== FEATURES_DIFFER
            ? refuse(() => `${written(platform)}: ${problem}`)
            : null;
      }
      return shared;
    };
    // By baseId: the builds of one platform are written alike.
    const texts: string[] = [];
    const textOf = (baseId: number, platform: Platform) => (texts[baseId] ??= written(platform));
    let hostTextOnce: string | undefined;
    const hostText = () => (hostTextOnce ??= formatPlatform(host));
    // Entries with the same platform share a verdict, and the revisions of another build share its refusal.
    const verdicts: Verdict[] = [];
    const otherBuildRefusals = verdictsByBuild();
    const decideFor = (platformId: number): Verdict => {
      const platform = platforms[platformId];
      if (!platform) return refuse(() => "entry without a platform: regclient skips it");
      const baseId = baseIds[platformId]!;
      const refused = refusalOf(baseId, platform);
      if (refused) return refused;
      const text = textOf(baseId, platform);
      if (otherBuild(platformId, baseId)) {
        // The revisions of one build share the refusal: regclient reads no further than major.minor.build here.
        const packed = windowsVersionOf(view, platformId);
        return otherBuildRefusals(baseId, packed, () =>
          refuse(() => `${text}: ${otherBuildProblem(host, `build ${formatPackedBuild(packed)}`)}`),
        );
      }
      return decide(host, hostText, text, normalizedOf(view, tables, platformId));
    };
    const verdict = (entry: number): Verdict => {
      const platformId = platformIds[entry]!;
      return (verdicts[platformId] ??= decideFor(platformId));
    };
    // A Windows build whose version packs differently from the host's differs in major.minor.build as written: it
    // is refused without normalizing its os.version (a selection or coverage meets thousands of builds). Only
    // for entries whose platform apart from os.version regclient accepts, so that this is the check that fails.
    const hostPacked =
      host.os === "windows" && host["os.version"] ? packWindowsVersion(host["os.version"]) : NO_OS_VERSION;
    const otherBuild = (platformId: number, baseId: number) => {
      if (hostPacked <= 0 || tables.bases[baseId]!.os !== "windows") return false;
      const packed = windowsVersionOf(view, platformId);
      return packed > 0 && packed !== hostPacked;
    };
    // Compatible apart from os.version, by baseId: entries that differ only in their build share it.
    const baseCompatible: boolean[] = [];
    const hostBuild = firstThree(host["os.version"]);
    const fit = (entry: number): number => {
      const platformId = platformIds[entry]!;
      if (platformId === 0) return NO_FIT;
      const baseId = baseIds[platformId]!;
      const compatible = (baseCompatible[baseId] ??=
        incompatibility(host, normalizedBaseOf(tables, baseId, platforms[platformId]!), false) === null);
      if (!compatible || otherBuild(platformId, baseId)) return NO_FIT;
      const os = tables.bases[baseId]!.os;
      const version = osVersions[platformId]!;
      return versionCompatible(host, hostBuild, os, version, dottedVersionOf(view, platformId))
        ? EVERY_MATCH
        : NO_FIT;
    };
    // The shared selection only orders entries that match, so compatibility is already settled here.
    const normalizedAt = (entry: number) => normalizedOf(view, tables, platformIds[entry]!);
    return {
      verdict,
      fit,
      order: (a, b) => {
        const left = platformIds[a]!;
        const right = platformIds[b]!;
        if (left === 0 || right === 0) return 0;
        if (baseIds[left] !== baseIds[right]) return ordering(host, normalizedAt(a), normalizedAt(b));
        // The same platform apart from os.version (builds of one Windows image): only the versions differ.
        return versionOrdering(
          host,
          osVersions[left]!,
          dottedVersionOf(view, left),
          osVersions[right]!,
          dottedVersionOf(view, right),
        );
      },
      orderKeys(fitting) {
        // Fitting entries have a platform (fit refuses the others).
        const keys = orderingKeys(
          host,
          fitting.map(normalizedAt),
          fitting.map((entry) => baseIds[platformIds[entry]!]!),
        );
        if (!keys) return null;
        const byEntry = new Float64Array(view.size);
        fitting.forEach((entry, at) => (byEntry[entry] = keys[at]!));
        return byEntry;
      },
    };
  },
});
