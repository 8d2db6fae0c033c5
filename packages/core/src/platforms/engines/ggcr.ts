/**
 * `ggcr`: go-containerregistry's `remote` index resolution (crane, ko): the first entry in index order that
 * matches wins, with no ranking and no normalization. OS and architecture must be equal; variant and os.version
 * only if requested; the requested os.features must all appear on the entry (the reverse of containerd). An
 * entry without a platform counts as linux/amd64.
 */
import { formatPlatform } from "../format.js";
import { normalizeArch, normalizePlatform } from "../normalize.js";
import type { Platform } from "../types.js";
import { accept, defineEngine, NO_FIT, refuse, type Verdict } from "./engine.js";
import { TWINS_BY_BASE } from "./twins.js";

/** No ranking: every match is as good as any other, so index order alone decides. */
const EVERY_MATCH = 0;

/** What ggcr asks for without a platform, whatever the machine, and what it assumes an entry without one is. */
export const GGCR_DEFAULT_PLATFORM: Platform = { os: "linux", architecture: "amd64" };

/**
 * What one passes to `crane --platform` to serve a machine: OS and architecture, plus the variant only for 32-bit
 * arm, where the baseline is not what people run.
 */
function craneRequest(machine: Platform): Platform {
  const n = normalizePlatform(machine);
  const request: Platform = { os: n.os, architecture: n.architecture };
  if (n.architecture === "arm" && n.variant) request.variant = n.variant;
  return request;
}

/** ggcr compares os.version only when the request names one, and then exactly. */
const versionFits = (request: Platform, candidate: Platform) =>
  !request["os.version"] || candidate["os.version"] === request["os.version"];

const MATCHES = 0;
const OTHER_OS = 1;
const OTHER_ARCHITECTURE = 2;
const OTHER_VARIANT = 3;
const OTHER_VERSION = 4;
const MISSING_FEATURES = 5;
type Mismatch =
  | typeof MATCHES
  | typeof OTHER_OS
  | typeof OTHER_ARCHITECTURE
  | typeof OTHER_VARIANT
  | typeof OTHER_VERSION
  | typeof MISSING_FEATURES;

/** The first of ggcr's checks the candidate fails, in ggcr's order, or MATCHES; allocates nothing. */
function mismatch(host: Platform, candidate: Platform): Mismatch {
  if (candidate.os !== host.os) return OTHER_OS;
  if (candidate.architecture !== host.architecture) return OTHER_ARCHITECTURE;
  if (host.variant && candidate.variant !== host.variant) return OTHER_VARIANT;
  if (!versionFits(host, candidate)) return OTHER_VERSION;
  const wanted = host["os.features"];
  if (wanted && wanted.length > 0) {
    const offered = candidate["os.features"] ?? [];
    for (const feature of wanted) if (!offered.includes(feature)) return MISSING_FEATURES;
  }
  return MATCHES;
}

const matches = (host: Platform, candidate: Platform) => mismatch(host, candidate) === MATCHES;

function decide(host: Platform, candidate: Platform): Verdict {
  const found = mismatch(host, candidate);
  return found === MATCHES
    ? accept(EVERY_MATCH, () => matchWhy(host, candidate))
    : refuse(
        () => `${formatPlatform(candidate) || "an empty platform"}: ${mismatchWhy(host, candidate, found)}`,
      );
}

function mismatchWhy(host: Platform, candidate: Platform, found: Mismatch): string {
  switch (found) {
    case OTHER_OS:
      return `ggcr needs OS ${JSON.stringify(host.os)} exactly`;
    case OTHER_ARCHITECTURE: {
      const [arch] = normalizeArch(candidate.architecture, "");
      const [hostArch] = normalizeArch(host.architecture, "");
      if (arch === hostArch) {
        return `ggcr compares names exactly, and ${JSON.stringify(candidate.architecture)} is not ${JSON.stringify(host.architecture)}`;
      }
      if (arch === "386" && hostArch === "amd64") return "ggcr never falls back from amd64 to 386";
      if (arch === "arm" && hostArch === "arm64") return "ggcr never falls back from arm64 to 32-bit arm";
      return `built for ${candidate.architecture}, the request is ${host.architecture}`;
    }
    case OTHER_VARIANT:
      return `the request names variant ${host.variant}, which ggcr needs exactly (the entry has ${candidate.variant ? candidate.variant : "none"}; there is no fallback to lower variants)`;
    case OTHER_VERSION:
      return `the request names os.version ${host["os.version"]}, which ggcr needs exactly (the entry has ${candidate["os.version"] ?? "none"}; there is no Windows build window)`;
    case MISSING_FEATURES: {
      const missing = (host["os.features"] ?? []).filter(
        (f) => !(candidate["os.features"] ?? []).includes(f),
      );
      return `the requested os.features [${missing.join(", ")}] must all appear on the entry (ggcr checks request ⊆ entry)`;
    }
    case MATCHES:
      return "";
  }
}

function matchWhy(host: Platform, candidate: Platform): string {
  const wildcard =
    !host.variant && candidate.variant
      ? `; the request names no variant, so ggcr takes ${candidate.variant} without checking the CPU supports it`
      : "";
  const version =
    !host["os.version"] && candidate["os.version"]
      ? `; os.version ${candidate["os.version"]} is not checked`
      : "";
  return `${formatPlatform(candidate) || "an empty platform"} has the requested OS and architecture${wildcard}${version}`;
}

function matchWithDefault(host: Platform, candidate: Platform | null): Verdict {
  if (candidate) return decide(host, candidate);
  return matches(host, GGCR_DEFAULT_PLATFORM)
    ? accept(
        EVERY_MATCH,
        () => "entry without a platform: ggcr assumes linux/amd64, which is what was requested",
      )
    : refuse(() => `entry without a platform: ggcr assumes linux/amd64, not ${formatPlatform(host)}`);
}

export const ggcrEngine = defineEngine({
  id: "ggcr",
  emulates: "go-containerregistry remote / crane (first match in index order)",
  request: () => GGCR_DEFAULT_PLATFORM,
  requestFor: craneRequest,
  match: matches,
  compare: (host, a, b) => Number(!matches(host, a)) - Number(!matches(host, b)),
  judge: (view, host, opts) => {
    const request = opts.implicit ? GGCR_DEFAULT_PLATFORM : host;
    const noted = (verdict: Verdict): Verdict => {
      if (!opts.implicit) return verdict;
      const why = () => `${verdict.why()} (without --platform, crane asks for linux/amd64 on any machine)`;
      return verdict.matches ? accept(verdict.tier, why) : refuse(why);
    };
    // Everything but os.version decided once per baseId, against the request without its version.
    const anyVersion: Platform = { ...request, "os.version": undefined };
    const { platforms, platformIds, baseIds } = view;
    // The checks before os.version decide alike for every build, and their sentences do not name it: by baseId,
    // a refusal all builds share, or null when the build matters.
    const refusedBase: Array<Verdict | null> = [];
    const refusalOf = (baseId: number, platform: Platform): Verdict | null => {
      let shared = refusedBase[baseId];
      if (shared === undefined) {
        const found = mismatch(anyVersion, platform);
        shared = refusedBase[baseId] =
          found === OTHER_OS || found === OTHER_ARCHITECTURE || found === OTHER_VARIANT
            ? noted(decide(request, platform))
            : null;
      }
      return shared;
    };
    // Entries with the same platform share a verdict.
    const verdicts: Verdict[] = [];
    const verdict = (entry: number): Verdict => {
      const platformId = platformIds[entry]!;
      let found = verdicts[platformId];
      if (!found) {
        const platform = platforms[platformId]!;
        found = verdicts[platformId] =
          (platform && refusalOf(baseIds[platformId]!, platform)) ||
          noted(matchWithDefault(request, platform));
      }
      return found;
    };
    const baseFits: boolean[] = [];
    const fit = (entry: number): number => {
      const platformId = platformIds[entry]!;
      if (platformId === 0) return verdict(entry).matches ? EVERY_MATCH : NO_FIT;
      // The platform object only where the base is new or a requested os.version is compared.
      const fits = (baseFits[baseIds[platformId]!] ??= matches(anyVersion, platforms[platformId]!));
      return fits && (!request["os.version"] || versionFits(request, platforms[platformId]!))
        ? EVERY_MATCH
        : NO_FIT;
    };
    return { verdict, fit };
  },
  // Without a requested os.version, builds of one platform are all the same to ggcr.
  twins: (host, opts) =>
    (opts.implicit ? GGCR_DEFAULT_PLATFORM : host)["os.version"] ? undefined : TWINS_BY_BASE,
});
