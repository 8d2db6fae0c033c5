/** What `validate` and `digest` read: single documents, and image layouts (folders or tar archives). */
import type { LayoutReader } from "@ocilens/core";

export type DocumentSource = { type: "document"; path: string; bytes: Uint8Array };

/** A file larger than the size limit: only hashed, never read into memory. */
export type OversizedSource = { type: "oversized"; path: string; digest: string; size: number };

export type LayoutSource = { type: "layout"; path: string; reader: LayoutReader; archive: boolean };

export type Source = DocumentSource | OversizedSource | LayoutSource;
