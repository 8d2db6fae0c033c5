import type { Fix, Range } from "@ocilens/core";

/** What the rest of the app asks of the editor once Monaco has loaded. */
export interface EditorApi {
  /** Shows a document's model and puts the cursor on `range`. */
  reveal(documentId: string, range: Range): void;
  /** Applies a core fix to a document as one undoable edit. */
  applyFix(documentId: string, fix: Fix): void;
}

/** A range to mark in a document (the entry a platform selection picked). */
export type Highlight = { documentId: string; range: Range } | null;
