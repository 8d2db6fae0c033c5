/**
 * Attestation manifests in an index (BuildKit provenance/SBOM): recognised by their annotations, not by the
 * `unknown/unknown` platform they usually carry. This is the one shared helper for the whole code base; rules,
 * platform selection and coverage all ask it.
 */

/** `vnd.docker.reference.type` marks an entry as an attestation of another entry. */
export const REFERENCE_TYPE_ANNOTATION = "vnd.docker.reference.type";
/** `vnd.docker.reference.digest` names the manifest the attestation describes. */
export const REFERENCE_DIGEST_ANNOTATION = "vnd.docker.reference.digest";
export const ATTESTATION_REFERENCE_TYPE = "attestation-manifest";

function annotation(entry: unknown, key: string): string | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const annotations = (entry as { annotations?: unknown }).annotations;
  if (typeof annotations !== "object" || annotations === null) return undefined;
  const value = (annotations as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

/** True when a parsed index entry (a descriptor object) is annotated as an attestation manifest. */
export function isAttestationEntry(entry: unknown): boolean {
  return annotation(entry, REFERENCE_TYPE_ANNOTATION) === ATTESTATION_REFERENCE_TYPE;
}

/** The digest of the manifest an attestation entry describes, or null when the entry is not an attestation or names none. */
export function attestedDigest(entry: unknown): string | null {
  if (!isAttestationEntry(entry)) return null;
  return annotation(entry, REFERENCE_DIGEST_ANNOTATION) ?? null;
}
