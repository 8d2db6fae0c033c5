/**
 * `regclient`: regctl's `DescriptorListSearch` — entries without a platform are skipped; among the entries
 * `Compatible` with the host, the first one that is strictly `Better` than every earlier one wins. Better
 * prefers, in order: the host's OS, the host's architecture, the host's exact variant, a higher numeric variant,
 * the host's exact os.version, a higher dotted os.version.
 */
import { formatPlatform } from "../format.js";
import { normalizeArch } from "../normalize.js";
import type { Platform } from "../types.js";
import { byPlatform, defineEngine, memoize, type Verdict } from "./engine.js";

/** A platform after regclient's normalize. */
type Normalized = Platform & {
  /** major.minor.build of os.version, which is all a Windows host compares. */
  readonly buildPrefix: string;
};

/** regclient's normalize: containerd's table without the arm64 v8.0/v9 rules (arm keeps its visible v7). */
function normalize(platform: Platform): Normalized {
  const os = platform.os === "macos" ? "darwin" : platform.os;
  const raw = platform.variant ?? "";
  const isArm64 = platform.architecture === "arm64" || platform.architecture === "aarch64";
  const [architecture, variant] = isArm64
    ? ["arm64", raw === "8" || raw === "v8" ? "" : raw]
    : normalizeArch(platform.architecture, raw);
  return { ...platform, os, architecture, variant, buildPrefix: firstThree(platform["os.version"] ?? "") };
}

/** `vN` → N, anything else 0. */
function variantNumber(variant: string | undefined): number {
  const match = /^v?([0-9]+)$/.exec(variant ?? "");
  return match ? Number(match[1]) : 0;
}

function variantCompatible(host: string, target: string): boolean {
  const h = variantNumber(host);
  const t = variantNumber(target);
  return h >= t || (h === 1 && target === "") || (host === "" && t === 1);
}

/** The first three dot-parts of a version (regclient compares Windows builds on major.minor.build). */
function firstThree(version: string): string {
  const parts = version.split(".");
  return parts.length < 4 ? version : parts.slice(0, 3).join(".");
}

/** regclient's semverCmp: dotted numbers compared part by part; a non-number loses to a number. */
function compareDotted(a: string, b: string): number {
  const left = a.split(".");
  const right = b.split(".");
  for (let i = 0; i < left.length; i++) {
    if (right.length < i + 1) return 1;
    const x = /^-?[0-9]+$/.test(left[i] ?? "") ? Number(left[i]) : null;
    const y = /^-?[0-9]+$/.test(right[i] ?? "") ? Number(right[i]) : null;
    if (x === null) return y === null ? 0 : -1;
    if (y === null) return 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Why `target` cannot run on `host`, or null when regclient calls it compatible. */
function incompatibility(host: Normalized, target: Normalized): string | null {
  const variantWhy = () =>
    variantCompatible(host.variant ?? "", target.variant ?? "")
      ? null
      : `variant ${target.variant} is above the host's ${host.variant || "baseline"} (regclient needs host level ≥ entry level)`;
  const archWhy = () =>
    host.architecture === target.architecture
      ? null
      : `built for ${target.architecture}, the host is ${host.architecture} (regclient has no cross-architecture fallback)`;
  switch (host.os) {
    case "linux":
    case "freebsd":
      if (target.os !== host.os) return `regclient on a ${host.os} host accepts only ${host.os} entries`;
      return archWhy() ?? variantWhy();
    case "windows":
      if (target.os === "linux") return archWhy() ?? variantWhy();
      if (target.os !== "windows") return "a Windows host accepts only Windows and Linux entries";
      if (archWhy() ?? variantWhy()) return archWhy() ?? variantWhy();
      if (!host["os.version"]) return null;
      if (host.buildPrefix === target.buildPrefix) return null;
      return target["os.version"]
        ? `os.version ${target["os.version"]} differs from the host's ${host["os.version"]} in major.minor.build (regclient has no LTSC window)`
        : `the entry gives no os.version, and a Windows host with one (${host["os.version"]}) rejects it`;
    case "darwin":
      if (target.os !== "darwin" && target.os !== "linux")
        return "a darwin host accepts only darwin and Linux entries";
      return archWhy() ?? variantWhy();
    default: {
      const same = (a: readonly string[] = [], b: readonly string[] = []) =>
        a.join("\u0000") === b.join("\u0000");
      if (target.os !== host.os) return `regclient on a ${host.os} host accepts only ${host.os} entries`;
      if (archWhy() ?? variantWhy()) return archWhy() ?? variantWhy();
      if ((host["os.version"] ?? "") !== (target["os.version"] ?? ""))
        return "on this OS regclient needs an equal os.version";
      return same(host["os.features"], target["os.features"])
        ? null
        : "on this OS regclient needs equal os.features";
    }
  }
}

/** regclient's `Better(target, prev)`: target compatible and strictly preferred over prev. */
function better(host: Normalized, target: Normalized, prev: Normalized): boolean {
  if (incompatibility(host, target) !== null) return false;
  for (const field of ["os", "architecture"] as const) {
    if (prev[field] !== target[field]) {
      if (target[field] === host[field]) return true;
      if (prev[field] === host[field]) return false;
    }
  }
  if ((prev.variant ?? "") !== (target.variant ?? "")) {
    if ((target.variant ?? "") === (host.variant ?? "")) return true;
    if ((prev.variant ?? "") === (host.variant ?? "")) return false;
    const diff = variantNumber(target.variant) - variantNumber(prev.variant);
    if (diff !== 0) return diff > 0;
  }
  const [targetVersion, prevVersion, hostVersion] = [target, prev, host].map((p) => p["os.version"] ?? "");
  if (prevVersion !== targetVersion) {
    if (targetVersion === hostVersion) return true;
    if (prevVersion === hostVersion) return false;
    const cmp = compareDotted(prevVersion ?? "", targetVersion ?? "");
    if (cmp !== 0) return cmp < 0;
  }
  return false;
}

/** regclient's local platform: OS, architecture, the arm level and the amd64 level from CPUID, Windows os.version. */
function localPlatform(machine: Platform): Platform {
  const n = normalize(machine);
  const local: Platform = { os: n.os, architecture: n.architecture };
  if ((n.architecture === "arm" || n.architecture === "amd64") && n.variant) local.variant = n.variant;
  if (n.os === "windows" && machine["os.version"]) local["os.version"] = machine["os.version"];
  return local;
}

function decide(h: Normalized, candidate: Platform, c: Normalized): Verdict {
  const text = () => formatPlatform(candidate) || "an empty platform";
  const problem = incompatibility(h, c);
  if (problem !== null) return { matches: false, why: () => `${text()}: ${problem}` };
  const differences = () =>
    [
      c.os !== h.os ? `a ${c.os} entry, which a ${h.os} host accepts after its own OS` : "",
      (c.variant ?? "") !== (h.variant ?? "")
        ? `variant ${c.variant || "(none)"} is below the host's ${h.variant || "(none)"}, and regclient prefers the exact variant, then the highest`
        : "",
      c.os === h.os && h["os.version"] && (c["os.version"] ?? "") !== h["os.version"]
        ? `os.version ${c["os.version"]} is not the host's ${h["os.version"]} (same build), and regclient prefers the exact one, then the highest`
        : "",
    ].filter((d) => d !== "");
  return {
    matches: true,
    why: () =>
      differences().length === 0
        ? `${text()} is the host's exact platform`
        : `${text()} is compatible with ${formatPlatform(h)}: ${differences().join("; ")}`,
  };
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
  judge: (_view, hostOrMachine, opts) => {
    const host = normalize(opts.implicit ? localPlatform(hostOrMachine) : hostOrMachine);
    const normalized: Normalized[] = [];
    const normalizedOf = (id: number, platform: Platform): Normalized =>
      (normalized[id] ??= normalize(platform));
    const verdict = memoize(byPlatform, (entry): Verdict =>
      entry.platform
        ? decide(host, entry.platform, normalizedOf(entry.platformId, entry.platform))
        : { matches: false, why: () => "entry without a platform: regclient skips it" },
    );
    return {
      verdict,
      order: (a, b) =>
        a.platform && b.platform
          ? preference(host, normalizedOf(a.platformId, a.platform), normalizedOf(b.platformId, b.platform))
          : 0,
    };
  },
});
