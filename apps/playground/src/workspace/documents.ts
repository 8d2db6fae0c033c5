/**
 * The documents of a workspace: a name (shown on its tab, like a file name) and its exact text. Everything
 * else (kind, digest, findings) is derived from the text by the core, never stored.
 */
export type WorkspaceDocument = { id: string; name: string; text: string };

export type WorkspaceSnapshot = {
  documents: ReadonlyArray<{ name: string; text: string }>;
  /** Position of the document shown in the editor. */
  active: number;
};

let counter = 0;

/** A fresh id, unique within this page (ids never leave the page; names do). */
export function newDocumentId(): string {
  counter += 1;
  return `doc-${counter}`;
}

/** `name`, or `name (2)`, `name (3)`… whichever is not taken yet. */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  const dot = name.lastIndexOf(".");
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${extension}`;
    if (!used.has(candidate)) return candidate;
  }
}
