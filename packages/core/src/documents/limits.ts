/**
 * Limits of a validation run: the reader's (json/limits.ts) plus the size beyond which a manifest or index
 * is refused by registries (distribution-spec: clients and registries are only expected to handle about 4 MiB).
 */
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../json/limits.js";

export type DocumentLimits = ReadLimits & {
  /** Largest manifest or index, in bytes (`limit.document-size`). */
  maxManifestBytes: number;
};

export const DEFAULT_LIMITS: DocumentLimits = { ...DEFAULT_READ_LIMITS, maxManifestBytes: 4 * 1024 * 1024 };
