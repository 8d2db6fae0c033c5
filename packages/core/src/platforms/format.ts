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

/**
 * `os/arch/variant` with empty parts left out, or `unknown` when the OS is empty. With `all`, the OS carries
 * `(os.version+feature…)` (features sorted and de-duplicated), as containerd's FormatAll writes it.
 */
export function formatPlatform(platform: Platform, opts: { all?: boolean } = {}): string {
  if (!platform.os) return "unknown";
  // Built by concatenation: explanations format every distinct platform of an index, often thousands.
  let text = platform.os;
  if (opts.all) {
    const features = platform["os.features"];
    let options = encodeOsOption(platform["os.version"] ?? "");
    if (features && features.length > 0) {
      for (const feature of normalizeFeatures(features)) {
        if (feature !== "") options += `+${encodeOsOption(feature)}`;
      }
    }
    if (options !== "") text = `${text}(${options})`;
  }
  if (platform.architecture) text += `/${platform.architecture}`;
  if (platform.variant) text += `/${platform.variant}`;
  return text;
}
