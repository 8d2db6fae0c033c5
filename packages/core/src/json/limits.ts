/**
 * Reader limits. Inputs beyond them get a diagnostic with a `limit.*` key instead of a crash or a hang:
 * nesting and counts are measured by a flat scan before any parsing (json/scan-limits.ts), so 100,000 nested
 * brackets or a million members cost one pass and no memory.
 */
export type ReadLimits = {
  /** Largest input read at all, in bytes; larger inputs are not parsed (`limit.document-size`). */
  maxBytes: number;
  /** Deepest nesting of arrays and objects (`limit.depth`). */
  maxDepth: number;
  /** Most members in one object or items in one array (`limit.members`). */
  maxMembers: number;
  /** Most values in the whole document; each parsed value costs a few hundred bytes (`limit.values`). */
  maxValues: number;
  /** Longest string (member name or value), in UTF-16 code units (`limit.string-length`, a warning). */
  maxStringLength: number;
};

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 64,
  maxMembers: 100_000,
  maxValues: 1_000_000,
  maxStringLength: 1024 * 1024,
};
