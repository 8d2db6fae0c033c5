/** Finding documents of the workspace by what the core says they are (kind, digest). */
import type { Kind, ValidationReport } from "@ocilens/core";
import type { WorkspaceDocument } from "./documents.js";

export type Reports = Readonly<Record<string, ValidationReport>>;

export const INDEX_KINDS: readonly Kind[] = ["oci-index", "docker-manifest-list"];
export const MANIFEST_KINDS: readonly Kind[] = ["oci-manifest", "docker-manifest"];

export function documentsOfKind(
  documents: readonly WorkspaceDocument[],
  reports: Reports,
  kinds: readonly Kind[],
): WorkspaceDocument[] {
  return documents.filter((document) => {
    const kind = reports[document.id]?.kind;
    return kind !== undefined && kinds.includes(kind);
  });
}

/** The document whose exact bytes have `digest`, if the workspace holds it. */
export function documentByDigest(
  documents: readonly WorkspaceDocument[],
  reports: Reports,
  digest: string | null | undefined,
): WorkspaceDocument | undefined {
  return digest ? documents.find((document) => reports[document.id]?.digest === digest) : undefined;
}
