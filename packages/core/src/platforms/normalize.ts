/**
 * containerd's normalization tables (containerd/platforms `database.go`, `Normalize`): the one place that knows
 * that `aarch64` is `arm64`, that `armhf` is `arm/v7` and that an empty arm variant means v7.
 */
import type { Platform } from "./types.js";

/** Go's GOOS list, as containerd's `isKnownOS` has it: a one-part specifier naming one of these is an OS. */
export const KNOWN_OS: ReadonlySet<string> = new Set([
  "aix",
  "android",
  "darwin",
  "dragonfly",
  "freebsd",
  "hurd",
  "illumos",
  "ios",
  "js",
  "linux",
  "nacl",
  "netbsd",
  "openbsd",
  "plan9",
  "solaris",
  "windows",
  "zos",
]);

/** Go's GOARCH list, as containerd's `isKnownArch` has it: a one-part specifier must name one of these. */
export const KNOWN_ARCHITECTURES: ReadonlySet<string> = new Set([
  "386",
  "amd64",
  "amd64p32",
  "arm",
  "armbe",
  "arm64",
  "arm64be",
  "ppc64",
  "ppc64le",
  "loong64",
  "mips",
  "mipsle",
  "mips64",
  "mips64le",
  "mips64p32",
  "mips64p32le",
  "ppc",
  "riscv",
  "riscv64",
  "s390",
  "s390x",
  "sparc",
  "sparc64",
  "wasm",
]);

/** The OS a platform without one is given: containerd uses its own runtime.GOOS, we use the host's. */
export const DEFAULT_OS = "linux";

/** Lower-cases the OS and maps `macos` to `darwin`; an empty OS becomes `defaultOs` (containerd: runtime.GOOS). */
export function normalizeOs(os: string, defaultOs: string = DEFAULT_OS): string {
  if (os === "") return defaultOs;
  const lower = os.toLowerCase();
  return lower === "macos" ? "darwin" : lower;
}

/**
 * containerd's `normalizeArch`: the canonical architecture and variant. Canonical empty variants mean v1 for
 * amd64 and v8 for arm64; arm always keeps its variant (v7 when none is given).
 */
export function normalizeArch(
  architecture: string,
  variant: string,
): [architecture: string, variant: string] {
  const arch = architecture.toLowerCase();
  const v = variant.toLowerCase();
  switch (arch) {
    case "i386":
      return ["386", ""];
    case "x86_64":
    case "x86-64":
    case "amd64":
      return ["amd64", v === "v1" ? "" : v];
    case "aarch64":
    case "arm64":
      if (v === "8" || v === "v8" || v === "v8.0") return ["arm64", ""];
      if (v === "9" || v === "9.0" || v === "v9.0") return ["arm64", "v9"];
      return ["arm64", v];
    case "armhf":
      return ["arm", "v7"];
    case "armel":
      return ["arm", "v6"];
    case "arm":
      if (v === "" || v === "7") return ["arm", "v7"];
      if (v === "5" || v === "6" || v === "8") return ["arm", `v${v}`];
      return ["arm", v];
    default:
      return [arch, v];
  }
}

/** Sorted, de-duplicated os.features (containerd rc.3+). */
export function normalizeFeatures(features: readonly string[] | undefined): string[] {
  return [...new Set(features ?? [])].sort();
}

/**
 * containerd `Normalize`: OS and architecture names canonical, variant canonical, os.features sorted and
 * de-duplicated, os.version untouched. Optional fields stay absent when empty.
 */
export function normalizePlatform(platform: Platform, opts: { defaultOs?: string } = {}): Platform {
  const os = normalizeOs(platform.os ?? "", opts.defaultOs);
  const [architecture, variant] = normalizeArch(platform.architecture ?? "", platform.variant ?? "");
  const normalized: Platform = { os, architecture };
  if (variant !== "") normalized.variant = variant;
  if (platform["os.version"]) normalized["os.version"] = platform["os.version"];
  // Most platforms have no features: skip building an empty set and array for them.
  if (platform["os.features"] && platform["os.features"].length > 0) {
    const features = normalizeFeatures(platform["os.features"]);
    if (features.length > 0) normalized["os.features"] = features;
  }
  return normalized;
}
