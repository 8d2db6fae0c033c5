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

export function encodeOsOption(value: string): string {
  return value.replace(/[%+()/]/g, (c) => OS_OPTION_ESCAPES[c] ?? c);
}

/**
 * `os/arch/variant` with empty parts left out, or `unknown` when the OS is empty. With `all`, the OS carries
 * `(os.version+feature…)` (features sorted and de-duplicated), as containerd's FormatAll writes it.
 */
export function formatPlatform(platform: Platform, opts: { all?: boolean } = {}): string {
  if (!platform.os) return "unknown";
  let os = platform.os;
  if (opts.all) {
    const options =
      encodeOsOption(platform["os.version"] ?? "") +
      normalizeFeatures(platform["os.features"])
        .filter((feature) => feature !== "")
        .map((feature) => `+${encodeOsOption(feature)}`)
        .join("");
    if (options !== "") os = `${os}(${options})`;
  }
  return [os, platform.architecture, platform.variant].filter((part) => part).join("/");
}
