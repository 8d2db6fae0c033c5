/**
 * Files dropped or opened by the user → workspace documents. Several files become several documents; a
 * folder holding an OCI image layout contributes its `oci-layout`, `index.json` and every blob that is a
 * JSON document (manifests, indexes, configs), while layer blobs stay out of the editor.
 */
export type PickedFile = { path: string; bytes: Uint8Array };
export type OpenedFiles = {
  documents: Array<{ name: string; text: string }>;
  /** Files left out, each with why. */
  skipped: Array<{ path: string; reason: string }>;
};

/** Larger blobs are layers, never manifests worth editing. */
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function layoutRoots(files: readonly PickedFile[]): string[] {
  return files
    .filter((file) => file.path === "oci-layout" || file.path.endsWith("/oci-layout"))
    .map((file) => file.path.slice(0, -"oci-layout".length));
}

/** The first byte that is not JSON whitespace (a BOM counts as text, so such a file stays in). */
function startsLikeJsonObject(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x7b || byte === 0xef;
  }
  return false;
}

function whyNotADocument(file: PickedFile, inLayoutBlobs: boolean): string | null {
  if (file.bytes.length > MAX_DOCUMENT_BYTES) return "larger than 4 MiB: not a manifest, index or config";
  if (inLayoutBlobs && !startsLikeJsonObject(file.bytes)) return "layer or other non-JSON blob";
  if (file.bytes.includes(0)) return "binary file";
  return null;
}

/** Index documents first (the tab shown after opening), then by path. */
function indexFirst(a: PickedFile, b: PickedFile): number {
  const rank = (file: PickedFile) => (/(^|\/)index\.json$/.test(file.path) ? 0 : 1);
  return rank(a) - rank(b) || a.path.localeCompare(b.path);
}

export function openFiles(files: readonly PickedFile[]): OpenedFiles {
  const roots = layoutRoots(files);
  const opened: OpenedFiles = { documents: [], skipped: [] };
  for (const file of [...files].sort(indexFirst)) {
    const root = roots.find((candidate) => file.path.startsWith(candidate));
    const inLayoutBlobs = root !== undefined && file.path.startsWith(`${root}blobs/`);
    const reason = whyNotADocument(file, inLayoutBlobs);
    if (reason) {
      opened.skipped.push({ path: file.path, reason });
      continue;
    }
    try {
      opened.documents.push({ name: file.path, text: utf8.decode(file.bytes) });
    } catch {
      opened.skipped.push({ path: file.path, reason: "not UTF-8 text" });
    }
  }
  return opened;
}
