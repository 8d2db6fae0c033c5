/**
 * R111 net.content-type: a manifest or index travels with a Content-Type, and distribution-spec requires it
 * to equal the document's own `mediaType` (clients MUST send it so on push, SHOULD reject a mismatch on
 * pull). Content-Type parameters (`; charset=utf-8`) are ignored. The header is not part of the bytes, so
 * this check runs where the transport is known (a registry fetch or push), against the document read from
 * those bytes.
 */
import type { Diagnostic, Kind, Severity } from "../../report.js";
import type { DocumentModel } from "../../documents/model.js";
import { getMember } from "../../json/access.js";

export const CONTENT_TYPE_RULE = {
  id: "R111",
  key: "net.content-type",
  severity: "warning" as Severity,
  formats: ["OM", "OI", "DM", "DL"] as const,
  kinds: ["oci-manifest", "oci-index", "docker-manifest", "docker-manifest-list"] as readonly Kind[],
  summary: "The Content-Type a manifest is pushed or pulled with equals its mediaType.",
  docs:
    "Registries store and serve manifests with the Content-Type they were pushed with. A client that trusts the " +
    "header while the document says something else reads the bytes as another format (CVE-2021-41190 is about " +
    "exactly this ambiguity). Push with `Content-Type: <mediaType>`; parameters are ignored.",
  source: "distribution-spec spec.md § Pulling manifests, § Pushing Manifests",
};

/** The media type of a Content-Type header: parameters dropped, lowercased as RFC 9110 compares them. */
export function contentTypeEssence(contentType: string | null | undefined): string | null {
  const essence = contentType?.split(";", 1)[0]?.trim().toLowerCase();
  return essence ? essence : null;
}

/**
 * The R111 finding for a document that travelled with `contentType`, or undefined when they agree, when the
 * document has no `mediaType` to compare, or when its kind is not a manifest or index.
 */
export function checkContentType(
  document: DocumentModel,
  contentType: string | null,
  severity: Severity = CONTENT_TYPE_RULE.severity,
): Diagnostic | undefined {
  if (!CONTENT_TYPE_RULE.kinds.includes(document.kind) || document.mediaType === null) return undefined;
  const essence = contentTypeEssence(contentType);
  if (essence === document.mediaType.toLowerCase()) return undefined;
  const node = getMember(document.root, "mediaType");
  return {
    rule: CONTENT_TYPE_RULE.key,
    severity,
    message:
      essence === null
        ? `The registry sent no Content-Type for this ${document.mediaType} document; clients that rely on the header cannot tell what it is.`
        : `The registry serves this document as ${essence}, but its mediaType is ${document.mediaType}; clients trusting the header read it as the wrong format. Push it with Content-Type: ${document.mediaType}.`,
    pointer: "/mediaType",
    range: node?.range ?? document.lines.range(0, 0),
  };
}
