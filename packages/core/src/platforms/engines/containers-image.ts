/**
 * `containers-image`: podman, skopeo and buildah pulling from a registry (containers/image). No name
 * normalization and no cross-architecture fallback: the host becomes a list of wanted os/architecture/variant
 * triples, compared as exact strings; os.version and os.features are ignored. An OCI index ranks by that list,
 * then prefers zstd instances (unless gzip is preferred), then index order, and accepts an entry without a
 * platform as a last resort; a Docker manifest list takes, for each wanted platform in turn, the first entry
 * equal to it.
 */
import { IS_ZSTD, platformAt, type IndexView } from "../entries.js";
import { formatPlatform } from "../format.js";
import { normalizeArch, normalizePlatform } from "../normalize.js";
import { ordinal } from "../ordinal.js";
import type { Platform } from "../types.js";
import { accept, defineEngine, memoize, refuse, type Judge, type Verdict } from "./engine.js";
import { TWINS_BY_BASE_AND_ZSTD } from "./twins.js";

/** containers/image's compatibility table: the variants each architecture can fall back to, best first. */
const COMPATIBLE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  arm: ["v8", "v7", "v6", "v5"],
  arm64: ["v8"],
};

/** The variants wanted for a host, best first ("" = an entry without a variant). */
export function wantedVariants(architecture: string, variant: string): string[] {
  // Own keys only: an architecture named "constructor" must not find Object's.
  const table = Object.hasOwn(COMPATIBLE_VARIANTS, architecture) ? COMPATIBLE_VARIANTS[architecture]! : [];
  if (variant === "") return ["", ...table];
  const from = table.indexOf(variant);
  return [...(from >= 0 ? table.slice(from) : [variant]), ""];
}

/**
 * The host triple c/image uses when nothing is chosen: the variant is detected only on arm (arm64 is always v8,
 * arm from cpuinfo), every other architecture gets none.
 */
function detectedHost(machine: Platform): Platform {
  const n = normalizePlatform(machine);
  const host: Platform = { os: n.os, architecture: n.architecture };
  if (n.architecture === "arm64") host.variant = "v8";
  if (n.architecture === "arm" && n.variant) host.variant = n.variant;
  return host;
}

type Wanted = { os: string; architecture: string; variants: string[] };

function wantedFor(host: Platform): Wanted {
  return {
    os: host.os,
    architecture: host.architecture,
    variants: wantedVariants(host.architecture, host.variant ?? ""),
  };
}

function wantedText(wanted: Wanted): string {
  return wanted.variants
    .map((v) => (v === "" ? `${wanted.architecture} (no variant)` : `${wanted.architecture}/${v}`))
    .join(" → ");
}

function whyNotWanted(candidate: Platform, wanted: Wanted): string {
  const text = formatPlatform(candidate) || "an empty platform";
  if (candidate.os !== wanted.os)
    return `${text} is for ${candidate.os || "no OS"}, the host wants ${wanted.os}`;
  if (candidate.architecture !== wanted.architecture) {
    const [arch] = normalizeArch(candidate.architecture, "");
    const [hostArch] = normalizeArch(wanted.architecture, "");
    if (arch === hostArch) {
      return `${text}: architecture ${JSON.stringify(candidate.architecture)} is not spelled ${JSON.stringify(wanted.architecture)}, and containers/image compares names exactly (containerd would read them as the same)`;
    }
    if (arch === "arm" && hostArch === "arm64")
      return `${text}: containers/image never falls back from arm64 to 32-bit arm`;
    if (arch === "386" && hostArch === "amd64")
      return `${text}: containers/image never falls back from amd64 to 386`;
    return `${text} is built for ${candidate.architecture}, the host wants ${wanted.architecture}`;
  }
  const variant = candidate.variant ?? "";
  const amd64 =
    wanted.architecture === "amd64" && variant !== ""
      ? " (containers/image has no amd64 level fallback)"
      : "";
  return `${text}: variant ${JSON.stringify(variant)} is not among the wanted ${wantedText(wanted)}${amd64}`;
}

type Context = { wanted: Wanted; dockerList: boolean; preferGzip: boolean };

function contextFor(
  listKind: "oci-index" | "docker-manifest-list",
  host: Platform,
  preferGzip: boolean,
): Context {
  return { wanted: wantedFor(host), dockerList: listKind === "docker-manifest-list", preferGzip };
}

/** The place in the wanted list first, then the unwanted compression after the wanted one. */
const tierOf = (rank: number, unwantedCompression: boolean) => rank * 2 + (unwantedCompression ? 1 : 0);

/** One entry's fate: its platform (or none) and whether it carries the zstd annotation. */
function decide(
  platform: Platform | null,
  zstd: boolean,
  { wanted, dockerList, preferGzip }: Context,
): Verdict {
  if (!platform) {
    return dockerList
      ? refuse(() => "entry without a platform: containers/image never picks one from a Docker manifest list")
      : accept(
          tierOf(wanted.variants.length, false),
          () =>
            "entry without a platform: containers/image keeps it as a last resort, after every wanted platform",
        );
  }
  const rank =
    platform.os === wanted.os && platform.architecture === wanted.architecture
      ? wanted.variants.indexOf(platform.variant ?? "")
      : -1;
  if (rank < 0) return refuse(() => whyNotWanted(platform, wanted));
  const why = () => {
    const ignored =
      platform["os.version"] || platform["os.features"] ? " (os.version and os.features are ignored)" : "";
    const compression =
      dockerList || !zstd
        ? ""
        : preferGzip
          ? "; a zstd instance, ranked after gzip ones (gzip preferred)"
          : "; a zstd instance, preferred over gzip ones";
    return `${formatPlatform(platform)} is ${ordinal(rank + 1)} in the wanted list (${wantedText(wanted)})${ignored}${compression}`;
  };
  return accept(tierOf(rank, !dockerList && zstd === preferGzip), why);
}

function judge(view: IndexView, context: Context): Judge {
  const { platformIds, baseIds, osVersions, flags } = view;
  return {
    verdict: memoize(
      // Nothing here reads os.version beyond whether there is one, so Windows builds share verdicts.
      (entry) => {
        const platformId = platformIds[entry]!;
        return (
          baseIds[platformId]! * 4 +
          (osVersions[platformId] === "" ? 0 : 2) +
          ((flags[entry]! & IS_ZSTD) !== 0 ? 1 : 0)
        );
      },
      // The first entry of each key decides, with its own platform: whether it writes os.features shows.
      (entry) => decide(platformAt(view, entry), (flags[entry]! & IS_ZSTD) !== 0, context),
    ),
  };
}

const onePlatform = (host: Platform, candidate: Platform): Verdict =>
  decide(candidate, false, contextFor("oci-index", host, false));

export const containersImageEngine = defineEngine({
  id: "containers-image",
  emulates: "podman / skopeo / buildah (containers/image)",
  request: detectedHost,
  match: (host, candidate) => onePlatform(host, candidate).matches,
  compare: (host, a, b) => {
    const left = onePlatform(host, a);
    const right = onePlatform(host, b);
    if (left.matches !== right.matches) return left.matches ? -1 : 1;
    // The place in the wanted list alone: one platform has no compression.
    return (left.tier >> 1) - (right.tier >> 1);
  },
  judge: (view, host, opts) =>
    judge(
      view,
      contextFor(view.listKind, opts.implicit ? detectedHost(host) : host, opts.preferGzip === true),
    ),
  twins: () => TWINS_BY_BASE_AND_ZSTD,
});
