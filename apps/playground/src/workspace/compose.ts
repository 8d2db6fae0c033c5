/**
 * Composing an index from manifests of the workspace, as `docker manifest create` / `annotate` and
 * `crane index append` do: one descriptor per manifest with its exact digest and size, and the platform
 * the user confirms (read from the manifest's config when the config is in the workspace). The result is
 * serialized as Go's distribution packages serialize indexes and lists (three-space indentation,
 * descriptor members in struct order, Go's escapes), and is then validated like any other document.
 */
import { MEDIA_TYPES, type Platform } from "@ocilens/core";

export type IndexFormat = "oci" | "docker";

export type ComposeEntry = {
  /** The manifest's own media type (what the core read from it). */
  mediaType: string;
  digest: string;
  size: number;
  platform: Platform;
};

const PLATFORM_FIELDS = ["architecture", "os", "os.version", "os.features", "variant"] as const;

/** The platform fields a config declares (an image config carries them at its top level). */
export function platformOfConfig(configText: string): Platform | null {
  let config: unknown;
  try {
    config = JSON.parse(configText);
  } catch {
    return null;
  }
  if (typeof config !== "object" || config === null) return null;
  const fields = config as Record<string, unknown>;
  if (typeof fields.os !== "string" || typeof fields.architecture !== "string") return null;
  const platform: Platform = { os: fields.os, architecture: fields.architecture };
  if (typeof fields.variant === "string" && fields.variant) platform.variant = fields.variant;
  if (typeof fields["os.version"] === "string" && fields["os.version"])
    platform["os.version"] = fields["os.version"];
  const features = fields["os.features"];
  if (Array.isArray(features) && features.length > 0 && features.every((f) => typeof f === "string")) {
    platform["os.features"] = features as string[];
  }
  return platform;
}

/** Names of the platform fields whose values differ between `a` and `b`. */
export function platformDifferences(a: Platform, b: Platform): string[] {
  return PLATFORM_FIELDS.filter(
    (field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null),
  );
}

function orderedPlatform(platform: Platform): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const field of PLATFORM_FIELDS) {
    const value = platform[field];
    if (value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0))
      ordered[field] = value;
  }
  return ordered;
}

/** The index's bytes, as text. Docker manifest lists have no annotations; they are left out there. */
export function composeIndex(
  entries: readonly ComposeEntry[],
  format: IndexFormat,
  annotations: Readonly<Record<string, string>> = {},
): string {
  const index: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType: format === "oci" ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.dockerManifestList,
    manifests: entries.map((entry) => ({
      mediaType: entry.mediaType,
      size: entry.size,
      digest: entry.digest,
      platform: orderedPlatform(entry.platform),
    })),
  };
  if (format === "oci" && Object.keys(annotations).length > 0) index.annotations = { ...annotations };
  // Outside strings JSON.stringify writes none of these characters, so replacing them all only touches strings.
  return JSON.stringify(index, null, 3).replace(GO_ESCAPED, (character) => GO_ESCAPES[character]!);
}

/**
 * Go's encoding/json escapes `<`, `>` and `&` (safe to embed in HTML) and U+2028/U+2029 (safe in JavaScript)
 * inside strings; JSON.stringify writes them as they are. An annotation holding one would otherwise give an
 * index whose bytes, and so digest, differ from what docker or crane push for the same entries.
 */
const GO_ESCAPES: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};
const GO_ESCAPED = /[<>&\u2028\u2029]/g;

/** `key=value` lines → annotations; blank lines are skipped, a line without `=` is an error naming it. */
export function parseAnnotations(text: string): Record<string, string> {
  const annotations: Record<string, string> = {};
  for (const [i, line] of text.split("\n").entries()) {
    if (!line.trim()) continue;
    const equals = line.indexOf("=");
    if (equals <= 0) throw new Error(`Annotation line ${i + 1} is not key=value: ${line.trim()}`);
    annotations[line.slice(0, equals).trim()] = line.slice(equals + 1);
  }
  return annotations;
}
