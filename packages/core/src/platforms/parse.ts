/**
 * Platform specifiers as people type them: containerd's `os(version+feature)/arch/variant` (parsed exactly as
 * containerd's `Parse`, including its partial normalization), crane/oras's `os/arch[/variant]:osversion` and
 * regctl's `os/arch[/variant],osver=X`. Errors name the part that is wrong.
 */
import { KNOWN_ARCHITECTURES, KNOWN_OS, normalizeArch, normalizeOs } from "./normalize.js";
import type { Platform } from "./types.js";

/** containerd's OS component: `os`, optionally `(version+feature+…)`. */
const OS_COMPONENT = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.%-]*)((?:\+[A-Za-z0-9_.%-]+)*)\))?$/;
/** containerd's architecture and variant components. */
const COMPONENT = /^[A-Za-z0-9_.-]+$/;
/** regctl's `,key=value` options that set os.version. */
const OS_VERSION_KEYS = new Set(["osver", "osversion"]);

export const DEFAULT_HOST: Platform = { os: "linux", architecture: "amd64" };

/** A specifier that does not parse; `part` is the piece of the input that is wrong. */
export class PlatformParseError extends Error {
  constructor(
    message: string,
    readonly specifier: string,
    readonly part: string,
  ) {
    super(message);
    this.name = "PlatformParseError";
  }
}

function decodeOsOption(specifier: string, value: string, what: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new PlatformParseError(
      `${JSON.stringify(specifier)}: ${what} ${JSON.stringify(value)} has a bad %XX escape`,
      specifier,
      value,
    );
  }
}

/** Splits off regctl's `,osver=X` and crane's `:X` suffixes; returns the containerd part and the os.version they gave. */
function splitVersionSuffix(specifier: string): { base: string; osVersion: string | undefined } {
  const comma = specifier.indexOf(",");
  if (comma >= 0) {
    let osVersion: string | undefined;
    for (const option of specifier.slice(comma + 1).split(",")) {
      const eq = option.indexOf("=");
      const key = (eq < 0 ? option : option.slice(0, eq)).trim().toLowerCase();
      const value = eq < 0 ? "" : option.slice(eq + 1).trim();
      if (!OS_VERSION_KEYS.has(key)) {
        throw new PlatformParseError(
          `${JSON.stringify(specifier)}: unknown option ${JSON.stringify(option)} (regctl syntax knows only osver=VERSION)`,
          specifier,
          option,
        );
      }
      if (value === "") {
        throw new PlatformParseError(
          `${JSON.stringify(specifier)}: ${key}= needs a value`,
          specifier,
          option,
        );
      }
      osVersion = value;
    }
    return { base: specifier.slice(0, comma), osVersion };
  }
  const colon = specifier.indexOf(":");
  if (colon >= 0) {
    const osVersion = specifier.slice(colon + 1);
    if (osVersion === "" || /[:/]/.test(osVersion)) {
      throw new PlatformParseError(
        `${JSON.stringify(specifier)}: ${JSON.stringify(osVersion)} after ':' is not an OS version (crane syntax: os/arch[/variant]:osversion)`,
        specifier,
        osVersion,
      );
    }
    return { base: specifier.slice(0, colon), osVersion };
  }
  return { base: specifier, osVersion: undefined };
}

function parseOsComponent(specifier: string, part: string): Platform {
  const match = OS_COMPONENT.exec(part);
  if (!match) {
    throw new PlatformParseError(
      `${JSON.stringify(part)} is not a valid OS component of ${JSON.stringify(specifier)}: expected letters, digits, '_' or '-', optionally followed by (version+feature…)`,
      specifier,
      part,
    );
  }
  const platform: Platform = { os: normalizeOs(match[1] ?? ""), architecture: "" };
  const osVersion = decodeOsOption(specifier, match[2] ?? "", "OS version");
  if (osVersion !== "") platform["os.version"] = osVersion;
  const features = match[3] ?? "";
  if (features !== "") {
    platform["os.features"] = features
      .slice(1)
      .split("+")
      .map((feature) => decodeOsOption(specifier, feature, "OS feature"));
  }
  return platform;
}

function withArchitecture(platform: Platform, architecture: string, variant: string): Platform {
  const result: Platform = { ...platform, architecture };
  if (variant !== "") result.variant = variant;
  else delete result.variant;
  return result;
}

/** The containerd grammar, with the missing half of a one-part specifier taken from `host`. */
function parseContainerdSpecifier(specifier: string, host: Platform): Platform {
  if (specifier.includes("*")) {
    throw new PlatformParseError(`${JSON.stringify(specifier)}: wildcards are not supported`, specifier, "*");
  }
  // containerd splits into at most 4 parts, checks each, then refuses 4.
  const pieces = specifier.split("/");
  const parts = pieces.length > 4 ? [...pieces.slice(0, 3), pieces.slice(3).join("/")] : pieces;
  const parsed = parseOsComponent(specifier, parts[0] ?? "");
  for (const part of parts.slice(1)) {
    if (!COMPONENT.test(part)) {
      const why =
        part === ""
          ? "an empty component (a leading, trailing or doubled '/')"
          : "not a valid component: expected letters, digits, '_', '.' or '-'";
      throw new PlatformParseError(
        `${JSON.stringify(part)} in ${JSON.stringify(specifier)} is ${why}`,
        specifier,
        part,
      );
    }
  }
  const [first = "", architecture = "", variant = ""] = parts;
  switch (parts.length) {
    case 1: {
      if (KNOWN_OS.has(parsed.os)) {
        const [hostArch, hostVariant] = normalizeArch(host.architecture, host.variant ?? "");
        return withArchitecture(
          parsed,
          hostArch,
          hostArch === "arm" && hostVariant !== "v7" ? hostVariant : "",
        );
      }
      const [arch, archVariant] = normalizeArch(first, "");
      if (!KNOWN_ARCHITECTURES.has(arch)) {
        throw new PlatformParseError(
          `${JSON.stringify(specifier)} is neither a known operating system nor a known architecture`,
          specifier,
          first,
        );
      }
      return withArchitecture(
        { os: host.os, architecture: "" },
        arch,
        arch === "arm" && archVariant === "v7" ? "" : archVariant,
      );
    }
    case 2: {
      const [arch, archVariant] = normalizeArch(architecture, "");
      return withArchitecture(parsed, arch, arch === "arm" && archVariant === "v7" ? "" : archVariant);
    }
    case 3: {
      const [arch, archVariant] = normalizeArch(architecture, variant);
      // Only a three-part specifier gets arm64's v8 back: `linux/aarch64` stays without a variant.
      return withArchitecture(parsed, arch, arch === "arm64" && archVariant === "" ? "v8" : archVariant);
    }
    default:
      throw new PlatformParseError(
        `${JSON.stringify(specifier)} has too many parts: a platform is os/arch/variant at most, ${JSON.stringify(parts[3])} is left over`,
        specifier,
        parts[3] ?? "",
      );
  }
}

/**
 * Parses a platform specifier exactly as containerd's `Parse` does (partly normalized: `linux/aarch64` is
 * `{linux, arm64}` with no variant, `linux/arm64/v8` keeps v8, `linux/armhf` is `{linux, arm}`), plus crane's
 * `:osversion` and regctl's `,osver=` suffixes. A one-part specifier takes the missing half from `defaultHost`
 * (linux/amd64 unless given). Throws a PlatformParseError naming the bad part.
 */
export function parsePlatform(specifier: string, opts: { defaultHost?: Platform } = {}): Platform {
  const { base, osVersion } = splitVersionSuffix(specifier);
  const platform = parseContainerdSpecifier(base, opts.defaultHost ?? DEFAULT_HOST);
  if (osVersion !== undefined) {
    if (platform["os.version"] !== undefined && platform["os.version"] !== osVersion) {
      throw new PlatformParseError(
        `${JSON.stringify(specifier)} gives the OS version twice (${platform["os.version"]} and ${osVersion})`,
        specifier,
        osVersion,
      );
    }
    platform["os.version"] = osVersion;
  }
  return platform;
}
