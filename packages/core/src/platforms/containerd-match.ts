/**
 * containerd's matchers with explanations: `Only(host)` (fallback ladder), `OnlyStrict(host)` (exact), and the
 * `Default()` matchers of Windows (no ladder, os.version ranked as strings) and darwin/FreeBSD (the host platform, then Linux).
 * Shared by the containerd, containerd-strict and docker engines.
 */
import { formatPlatform } from "./format.js";
import { containerdLadder, formatStep, variantLevel, type Step } from "./ladders.js";
import { normalizeArch, normalizeFeatures, normalizeOs, normalizePlatform } from "./normalize.js";
import { ordinal } from "./ordinal.js";
import type { Platform } from "./types.js";
import {
  acceptsPackedWindowsVersion,
  explainWindowsVersion,
  explainsBuildOnly,
  compareOsVersionStringsDescending,
  packedWindowsWindow,
  packWindowsVersion,
  parseWindowsVersion,
} from "./windows.js";

export type ContainerdMode = "only" | "strict" | "windows-default" | "with-linux-default";

export type ContainerdVerdict = {
  matches: boolean;
  /** Index in the ladder (0 = the host itself), or -1. */
  step: number;
  featureCount: number;
  /** The sentence, built only when someone reads it. */
  why: () => string;
};

/** How a platform reads in explanations: as written, plus containerd's reading when that differs. */
export function describePlatform(platform: Platform, defaultOs: string): string {
  const written = formatPlatform(platform);
  const normalized = formatPlatform(normalizePlatform(platform, { defaultOs }));
  const version = platform["os.version"] ? ` ${platform["os.version"]}` : "";
  return written === normalized ? `${written}${version}` : `${written}${version} (read as ${normalized})`;
}

function featureList(features: readonly string[]): string {
  return features.length === 0 ? "none" : `[${features.join(", ")}]`;
}

/** The missing variants read as containerd's canonical levels, for sentences: arm → v7, arm64 → v8, amd64 → v1. */
function level(step: Step): string {
  const [architecture, variant] = step;
  if (variant !== "") return `${architecture}/${variant}`;
  const spelled: Record<string, string> = { arm64: "arm64 (v8)", amd64: "amd64 (v1)" };
  return Object.hasOwn(spelled, architecture) ? spelled[architecture]! : architecture;
}

function whyNotOnLadder(candidate: Step, host: Step, ladder: readonly Step[], hostText: string): string {
  const [arch, variant] = candidate;
  const [hostArch, hostVariant] = host;
  const c = level(candidate);
  if (ladder.length === 0) {
    return `containerd has no fallback list for ${level(host)}, so ${hostText} matches nothing, not even itself: ask for linux/arm64 or a known variant (v8.0–v8.9, v9.0–v9.5)`;
  }
  if (arch === hostArch) {
    const n = variantLevel(variant);
    const hostN = variantLevel(hostVariant);
    if (arch === "arm" && n !== null && hostN !== null && n > hostN) {
      return n === 8
        ? `arm/v8 means a 32-bit userland on a 64-bit CPU: not offered to ${level(host)} hosts`
        : `${c} needs an ARMv${n} CPU, newer than the host's ${level(host)}: not offered`;
    }
    if (arch === "amd64" && (n ?? 1) > (hostN ?? 1)) {
      return `${c} needs an x86-64-v${n} CPU, and the host asks for ${level(host)}, so containerd never offers it: ask for linux/amd64/v${n} if the CPU has that level`;
    }
    if (arch === "arm64") {
      return `${c} is not on ${level(host)}'s arm64 ladder (${ladder.map(formatStep).join(" → ")}): not offered`;
    }
    if (arch === "arm" && hostN !== null && hostN <= 5) {
      return `${level(host)} hosts get no fallback in containerd, only ${level(host)} itself`;
    }
    return `variant ${JSON.stringify(variant)} differs from the host's ${JSON.stringify(hostVariant)}: containerd has no fallback between ${arch} variants, only exact equality`;
  }
  if (arch === "arm64" && hostArch === "arm")
    return `a 64-bit image; the host asks for 32-bit ${level(host)}`;
  if (arch === "amd64" && hostArch === "386") return "a 64-bit x86 image; the host is 32-bit 386";
  return `built for ${arch}, the host runs ${hostArch}: not runnable without emulation`;
}

/**
 * What containerd sees in a candidate apart from its os.version, worked out once per distinct platform without
 * the build: an index of thousands of Windows builds shares a handful of readings, and each entry then only has
 * its build compared.
 */
export type ContainerdReading = {
  os: string;
  /** The candidate OS is Linux and the host's Default() on darwin/FreeBSD takes Linux after its own OS. */
  linuxOnDarwin: boolean;
  step: Step;
  /** Index in the matcher's ladder, or -1 when not on it. */
  rung: number;
  /** os.features, normalized, without win32k on a Windows host. */
  features: string[];
  /** The features the host does not offer. */
  missing: string[];
  /** How the platform reads in sentences without its os.version: `written` and, when it differs, `normalized`. */
  written: string | null;
  normalized: string | null;
};

const stepKey = (architecture: string, variant: string) => `${architecture}/${variant}`;

/**
 * What containerd makes of a candidate whatever the host: OS ("" when empty: the host's), architecture and variant
 * normalized, os.features sorted and de-duplicated. Worked out once per distinct platform of an index, since a
 * coverage asks some thirty matchers about the same few dozen platforms.
 */
export type NormalizedCandidate = {
  os: string;
  step: Step;
  /** `step` as the matchers' ladders are keyed. */
  stepKey: string;
  features: readonly string[];
};

export function normalizeCandidate(candidate: Platform): NormalizedCandidate {
  const step = normalizeArch(candidate.architecture ?? "", candidate.variant ?? "");
  const features = candidate["os.features"];
  return {
    os: candidate.os ? normalizeOs(candidate.os) : "",
    step,
    stepKey: stepKey(...step),
    features: features && features.length > 0 ? normalizeFeatures(features) : [],
  };
}

export type ContainerdMatcher = {
  host: Platform;
  ladder: readonly Step[];
  /**
   * The part of `explain` that does not depend on the candidate's os.version, from `normalized` when it was
   * worked out before (normalizeCandidate).
   */
  read(candidate: Platform, normalized?: NormalizedCandidate): ContainerdReading;
  /**
   * Whether containerd looks at the os.version of a candidate with this reading: only a Windows host does, and
   * only for a Windows candidate on its ladder. Where it does not, the decision and the sentence are the same for
   * every build, and the sentence does not name the version.
   */
  readsVersion(reading: ContainerdReading): boolean;
  /**
   * Whether the sentence for a candidate whose os.version containerd reads, packed as `windowsVersion`, names only
   * its build (the host's major.minor, as nearly always, with a matcher that does not rank by the whole version):
   * then the revisions of one build share the decision and the sentence. Otherwise it names the version as written.
   */
  namesBuildOnly(windowsVersion: number): boolean;
  /**
   * The decision alone, allocating nothing: the candidate's step (its place in containerd's order) when it
   * matches, -1 when it does not.
   */
  fitStep(reading: ContainerdReading, windowsVersion: number): number;
  /**
   * `explain`'s sentence, from a reading of a platform that differs from `candidate` at most in os.version and the
   * candidate's os.version packed (packWindowsVersion).
   */
  sentence(candidate: Platform, reading: ContainerdReading, windowsVersion: number): string;
  explain(candidate: Platform): ContainerdVerdict;
  /** containerd's `Less` as a comparison: < 0 when a goes first. */
  compare(a: Platform, b: Platform): number;
};

const FITS = 0;
const WRONG_OS = 1;
const OFF_LADDER = 2;
const WRONG_BUILD = 3;
const MISSING_FEATURES = 4;
type Failure =
  typeof FITS | typeof WRONG_OS | typeof OFF_LADDER | typeof WRONG_BUILD | typeof MISSING_FEATURES;

/** How Windows' Default() orders the builds it accepts, for their sentences. */
const RANKED_AS_TEXT = "; Default() on Windows ranks matches by os.version compared as text, highest first";

export function containerdMatcher(hostPlatform: Platform, mode: ContainerdMode): ContainerdMatcher {
  const host = normalizePlatform(hostPlatform);
  const hostStep: Step = [host.architecture, host.variant ?? ""];
  const fullLadder = containerdLadder(...hostStep);
  const ladder: readonly Step[] = mode === "only" ? fullLadder : [hostStep];
  const rungs = new Map(ladder.map(([a, v], i) => [stepKey(a, v), i]));
  const fullRungs = new Map(fullLadder.map(([a, v], i) => [stepKey(a, v), i]));
  const hostFeatures = host["os.features"] ?? [];
  const windows = host.os === "windows";
  const hostWindowsVersion = parseWindowsVersion(host["os.version"]);
  const hostWindow = packedWindowsWindow(hostWindowsVersion);
  // Windows' Default() ranks matches by the whole os.version, so there every version is named as written.
  const namesBuildOnly = (windowsVersion: number) =>
    mode !== "windows-default" && explainsBuildOnly(hostWindowsVersion, windowsVersion);
  const buildWhy = (candidate: Platform, windowsVersion: number) =>
    explainWindowsVersion(hostWindowsVersion, hostWindow, candidate["os.version"], windowsVersion);
  const ladderText = () => ladder.map(formatStep).join(" → ");

  function read(candidate: Platform, normalized = normalizeCandidate(candidate)): ContainerdReading {
    const os = normalized.os || host.os;
    const step = normalized.step;
    const features = windows ? normalized.features.filter((f) => f !== "win32k") : [...normalized.features];
    return {
      os,
      linuxOnDarwin: mode === "with-linux-default" && os === "linux",
      step,
      rung: rungs.get(normalized.stepKey) ?? -1,
      features,
      missing: features.length > 0 ? features.filter((f) => !hostFeatures.includes(f)) : features,
      written: null,
      normalized: null,
    };
  }

  /**
   * describePlatform, with the version-independent halves kept on the reading, and the version only where the rest
   * of the sentence does not say what containerd read of it.
   */
  function describe(candidate: Platform, reading: ContainerdReading, windowsVersion: number): string {
    const written = (reading.written ??= formatPlatform(candidate));
    const normalized = (reading.normalized ??= formatPlatform(
      normalizePlatform(candidate, { defaultOs: host.os }),
    ));
    const version =
      candidate["os.version"] && readsVersion(reading) && !namesBuildOnly(windowsVersion)
        ? ` ${candidate["os.version"]}`
        : "";
    return written === normalized ? `${written}${version}` : `${written}${version} (read as ${normalized})`;
  }

  /** Whether a Windows host's build check applies to the candidate (see below: no other matcher reads os.version). */
  const checksVersion = (reading: ContainerdReading) => windows && !reading.linuxOnDarwin;

  function readsVersion(reading: ContainerdReading): boolean {
    return checksVersion(reading) && reading.os === host.os && reading.rung >= 0;
  }

  /** The first of containerd's checks the candidate fails, in the order it makes them, or FITS. */
  function failureOf(reading: ContainerdReading, windowsVersion: number): Failure {
    if (reading.os !== host.os && !reading.linuxOnDarwin) return WRONG_OS;
    if (reading.rung < 0) return OFF_LADDER;
    if (checksVersion(reading) && !acceptsPackedWindowsVersion(hostWindow, windowsVersion))
      return WRONG_BUILD;
    return reading.missing.length > 0 ? MISSING_FEATURES : FITS;
  }

  const fitStep = (reading: ContainerdReading, windowsVersion: number) =>
    failureOf(reading, windowsVersion) !== FITS ? -1 : reading.linuxOnDarwin ? 1 : reading.rung;

  /** The sentence for a candidate, given its reading and packed os.version; built only when someone reads it. */
  function sentence(candidate: Platform, reading: ContainerdReading, windowsVersion: number): string {
    const { os, linuxOnDarwin, step, rung, features, missing } = reading;
    const text = describe(candidate, reading, windowsVersion);
    switch (failureOf(reading, windowsVersion)) {
      case WRONG_OS:
        return `${text} is for ${os || "no OS"}, the host runs ${host.os}: not runnable`;
      case OFF_LADDER: {
        const onlyIndex = mode !== "only" && ladder.length > 0 ? fullRungs.get(stepKey(...step)) : undefined;
        return onlyIndex !== undefined
          ? `${text} is ${ordinal(onlyIndex + 1)} on containerd's fallback list for ${level(hostStep)}, but this matcher accepts only ${level(hostStep)} itself`
          : `${text}: ${whyNotOnLadder(step, hostStep, ladder, describePlatform(hostPlatform, host.os))}`;
      }
      case WRONG_BUILD:
        return `${text}: ${buildWhy(candidate, windowsVersion)}`;
      case MISSING_FEATURES:
        return `${text} needs os.features ${featureList(missing)} that the host does not offer (host: ${featureList(hostFeatures)})`;
      case FITS: {
        const versionNote =
          checksVersion(reading) && candidate["os.version"]
            ? `; ${buildWhy(candidate, windowsVersion)}${mode === "windows-default" ? RANKED_AS_TEXT : ""}`
            : "";
        const featureNote =
          features.length > 0 ? `; the host offers its os.features ${featureList(features)}` : "";
        const place = linuxOnDarwin
          ? `${text} is a Linux image, which containerd on darwin accepts after darwin ones`
          : rung === 0
            ? `${text} is the host platform${mode === "only" && fullLadder.length > 1 ? "" : " (exact match)"}`
            : `${text} is ${ordinal(rung + 1)} on the host's fallback list (${ladderText()})`;
        return place + versionNote + featureNote;
      }
    }
  }

  function explain(candidate: Platform): ContainerdVerdict {
    const reading = read(candidate);
    const windowsVersion = packWindowsVersion(candidate["os.version"]);
    const step = fitStep(reading, windowsVersion);
    return {
      matches: step >= 0,
      step,
      featureCount: reading.features.length,
      why: () => sentence(candidate, reading, windowsVersion),
    };
  }
  function compare(a: Platform, b: Platform): number {
    const left = explain(a);
    const right = explain(b);
    if (left.matches !== right.matches) return left.matches ? -1 : 1;
    if (left.matches) {
      if (mode === "windows-default")
        return compareOsVersionStringsDescending(a["os.version"], b["os.version"]);
      return left.step - right.step || right.featureCount - left.featureCount;
    }
    const hasFeatures = (p: Platform) => (p["os.features"] ?? []).length > 0;
    if (hasFeatures(a) || hasFeatures(b)) {
      const strip = (p: Platform): Platform => ({ ...p, "os.features": [] });
      return compare(strip(a), strip(b));
    }
    return 0;
  }

  return { host, ladder, read, readsVersion, namesBuildOnly, fitStep, sentence, explain, compare };
}
