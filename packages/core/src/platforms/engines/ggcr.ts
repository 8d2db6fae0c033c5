/**
 * `ggcr`: go-containerregistry's `remote` index resolution (crane, ko): the first entry in index order that
 * matches wins, with no ranking and no normalization. OS and architecture must be equal; variant and os.version
 * only if requested; the requested os.features must all appear on the entry (the reverse of containerd). An
 * entry without a platform counts as linux/amd64.
 */
import { formatPlatform } from "../format.js";
import { normalizeArch, normalizePlatform } from "../normalize.js";
import type { Platform } from "../types.js";
import type { IndexEntry } from "../entries.js";
import { accept, byPlatform, defineEngine, memoize, NO_FIT, refuse, type Verdict } from "./engine.js";
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

function decide(host: Platform, candidate: Platform): Verdict {
  const text = () => formatPlatform(candidate) || "an empty platform";
  const no = (why: () => string): Verdict => refuse(() => `${text()}: ${why()}`);
  if (candidate.os !== host.os) return no(() => `ggcr needs OS ${JSON.stringify(host.os)} exactly`);
  if (candidate.architecture !== host.architecture) {
    const [arch] = normalizeArch(candidate.architecture, "");
    const [hostArch] = normalizeArch(host.architecture, "");
    if (arch === hostArch) {
      return no(
        () =>
          `ggcr compares names exactly, and ${JSON.stringify(candidate.architecture)} is not ${JSON.stringify(host.architecture)}`,
      );
    }
    if (arch === "386" && hostArch === "amd64") return no(() => "ggcr never falls back from amd64 to 386");
    if (arch === "arm" && hostArch === "arm64")
      return no(() => "ggcr never falls back from arm64 to 32-bit arm");
    return no(() => `built for ${candidate.architecture}, the request is ${host.architecture}`);
  }
  if (host.variant && candidate.variant !== host.variant) {
    return no(
      () =>
        `the request names variant ${host.variant}, which ggcr needs exactly (the entry has ${candidate.variant ? candidate.variant : "none"}; there is no fallback to lower variants)`,
    );
  }
  if (!versionFits(host, candidate)) {
    return no(
      () =>
        `the request names os.version ${host["os.version"]}, which ggcr needs exactly (the entry has ${candidate["os.version"] ?? "none"}; there is no Windows build window)`,
    );
  }
  const missing = (host["os.features"] ?? []).filter((f) => !(candidate["os.features"] ?? []).includes(f));
  if (missing.length > 0) {
    return no(
      () =>
        `the requested os.features [${missing.join(", ")}] must all appear on the entry (ggcr checks request ⊆ entry)`,
    );
  }
  const why = () => {
    const wildcard =
      !host.variant && candidate.variant
        ? `; the request names no variant, so ggcr takes ${candidate.variant} without checking the CPU supports it`
        : "";
    const version =
      !host["os.version"] && candidate["os.version"]
        ? `; os.version ${candidate["os.version"]} is not checked`
        : "";
    return `${text()} has the requested OS and architecture${wildcard}${version}`;
  };
  return accept(EVERY_MATCH, why);
}

function matchWithDefault(host: Platform, candidate: Platform | null): Verdict {
  if (candidate) return decide(host, candidate);
  const assumed = decide(host, GGCR_DEFAULT_PLATFORM);
  return assumed.matches
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
  match: (host, candidate) => decide(host, candidate).matches,
  compare: (host, a, b) => Number(!decide(host, a).matches) - Number(!decide(host, b).matches),
  judge: (_view, host, opts) => {
    const request = opts.implicit ? GGCR_DEFAULT_PLATFORM : host;
    const decideEntry = (entry: IndexEntry): Verdict => {
      const verdict = matchWithDefault(request, entry.platform);
      if (!opts.implicit) return verdict;
      const why = () => `${verdict.why()} (without --platform, crane asks for linux/amd64 on any machine)`;
      return verdict.matches ? accept(verdict.tier, why) : refuse(why);
    };
    const verdict = memoize(byPlatform, decideEntry);
    // Everything but os.version decided once per baseId, against the request without its version.
    const anyVersion: Platform = { ...request, "os.version": undefined };
    const baseFits: boolean[] = [];
    const fit = (entry: IndexEntry): number => {
      const platform = entry.platform;
      if (!platform) return verdict(entry).matches ? EVERY_MATCH : NO_FIT;
      const fits = (baseFits[entry.baseId] ??= decide(anyVersion, platform).matches);
      return fits && versionFits(request, platform) ? EVERY_MATCH : NO_FIT;
    };
    return { verdict, fit };
  },
  // Without a requested os.version, builds of one platform are all the same to ggcr.
  twins: (host, opts) =>
    (opts.implicit ? GGCR_DEFAULT_PLATFORM : host)["os.version"] ? undefined : TWINS_BY_BASE,
});
