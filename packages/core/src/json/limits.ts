/**
 * Reader limits. Inputs beyond them get a diagnostic with a `limit.*` key instead of a crash or a hang:
 * nesting is measured by a flat scan before any recursive parsing, so 100,000 nested brackets cost one pass.
 */
export type ReadLimits = {
  /** Largest input read at all, in bytes; larger inputs are not parsed (`limit.document-size`). */
  maxBytes: number;
  /** Deepest nesting of arrays and objects (`limit.depth`). */
  maxDepth: number;
  /** Most members in one object or items in one array (`limit.members`). */
  maxMembers: number;
};

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 64,
  maxMembers: 100_000,
};
