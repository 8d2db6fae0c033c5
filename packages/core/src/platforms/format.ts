/** containerd `Format` and `FormatAll`: a platform written back as a specifier. */
import { normalizeFeatures } from "./normalize.js";
import type { Platform } from "./types.js";

/** The characters of an os.version or os.feature that would be read as syntax: `% + ( ) /`. */
const OS_OPTION_ESCAPES: Record<string, string> = {
  "%": "%25",
  "+": "%2B",
  "(": "%28",
  ")": "%29",
  "/": "%2F",
};

const SYNTAX = /[%+()/]/;

export function encodeOsOption(value: string): string {
  // Testing first: almost no version or feature needs an escape, and a replace with a callback costs far more.
  return SYNTAX.test(value) ? value.replace(/[%+()/]/g, (c) => OS_OPTION_ESCAPES[c] ?? c) : value;
}

/** os.features as FormatAll writes them after os.version: sorted, de-duplicated, each after a `+`. */
function featureOptions(features: readonly string[] | undefined): string {
  let options = "";
  if (features && features.length > 0) {
    for (const feature of normalizeFeatures(features)) {
      if (feature !== "") options += `+${encodeOsOption(feature)}`;
    }
  }
  return options;
}

/** The parts after the OS: `/arch/variant`, empty parts left out. */
function cpuPart(platform: Platform): string {
  let text = "";
  if (platform.architecture) text += `/${platform.architecture}`;
  if (platform.variant) text += `/${platform.variant}`;
  return text;
}

/** `os(options)/arch/variant`, without the parentheses when there are no options. */
const joinParts = (os: string, options: string, cpu: string) =>
  options !== "" ? `${os}(${options})${cpu}` : `${os}${cpu}`;

/**
 * `os/arch/variant` with empty parts left out, or `unknown` when the OS is empty. With `all`, the OS carries
 * `(os.version+feature…)` (features sorted and de-duplicated), as containerd's FormatAll writes it.
 */
export function formatPlatform(platform: Platform, opts: { all?: boolean } = {}): string {
  if (!platform.os) return "unknown";
  // Built by concatenation: explanations format every distinct platform of an index, often thousands.
  const options = opts.all
    ? encodeOsOption(platform["os.version"] ?? "") + featureOptions(platform["os.features"])
    : "";
  return joinParts(platform.os, options, cpuPart(platform));
}

/**
 * `formatPlatform(…, { all: true })` for the platforms that are `platform` with another os.version, by that
 * os.version: what does not depend on it is worked out once (an index of Windows builds writes thousands). With
 * `plain`, the caller knows that the version has no character to escape, and its text is not read.
 */
export function formatBuilds(platform: Platform): (version: string, plain?: boolean) => string {
  if (!platform.os) return () => "unknown";
  const features = featureOptions(platform["os.features"]);
  const cpu = cpuPart(platform);
  // joinParts with its constant halves joined once: two strings made per build instead of four.
  const open = `${platform.os}(`;
  const close = `)${cpu}`;
  const bare = joinParts(platform.os, "", cpu);
  return (version, plain = false) => {
    const options = (plain ? version : encodeOsOption(version)) + features;
    return options !== "" ? open + options + close : bare;
  };
}
