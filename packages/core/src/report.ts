/**
 * The shapes of a validation report (contract §2). Every front end (CLI text/JSON/SARIF/GitHub/JUnit,
 * playground markers and problems panel) renders exactly these objects.
 */

/** What a document is. "oci-layout-header" is an image layout's `oci-layout` file; "oci-layout" a whole layout. */
export type Kind =
  | "oci-manifest"
  | "oci-index"
  | "oci-config"
  | "oci-descriptor"
  | "oci-layout-header"
  | "docker-manifest"
  | "docker-manifest-list"
  | "docker-config"
  | "docker-schema1"
  | "oci-layout"
  | "unknown";

export const KINDS: readonly Kind[] = [
  "oci-manifest",
  "oci-index",
  "oci-config",
  "oci-descriptor",
  "oci-layout-header",
  "docker-manifest",
  "docker-manifest-list",
  "docker-config",
  "docker-schema1",
  "oci-layout",
  "unknown",
];

export type Severity = "error" | "warning" | "info";

/** 1-based line and column; columns count UTF-16 code units, as editors (Monaco, VS Code, SARIF) do. */
export type Position = { line: number; column: number };
export type Range = { start: Position; end: Position };

export type Diagnostic = {
  /** The rule's stable key from rules.md, e.g. "desc.size-nonnegative". */
  rule: string;
  severity: Severity;
  message: string;
  /** RFC 6901 JSON pointer; "" for the whole document. */
  pointer: string;
  range: Range;
};

export type Report = {
  kind: Kind;
  mediaType: string | null;
  /** sha256 over the exact input bytes. */
  digest: string;
  /** Byte length of the input. */
  size: number;
  /** False exactly when a diagnostic has severity "error". */
  valid: boolean;
  diagnostics: Diagnostic[];
};
