/**
 * Registry failures, split the way the exit codes are: the registry could not be reached or refused us
 * (exit 2, like unreadable input), or it answered with content that is wrong (exit 1, like invalid input).
 */
import { EXIT } from "../io/exit.js";

export type RegistryErrorKind =
  /** Connection refused, DNS, TLS, timeouts, truncated bodies, 5xx after every retry. */
  | "unreachable"
  /** 401/403 after authenticating, or no usable credentials for a challenge. */
  | "unauthorized"
  /** 404 for a manifest or blob (inside an index: a dangling reference). */
  | "not-found"
  /** Bytes that do not match the digest naming them, oversized manifests, unparsable answers. */
  | "invalid-content"
  /** Any other refusal (4xx with a registry error body). */
  | "rejected";

export class RegistryError extends Error {
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    /** Registry error codes from the response body (`MANIFEST_INVALID`, `DENIED`, …), when present. */
    readonly codes: readonly string[] = [],
    /** The diagnostic key when this failure is reported inside a report (a child that could not be used). */
    readonly rule: "net.fetch" | "net.digest-mismatch" | "net.manifest-size" = "net.fetch",
  ) {
    super(message);
  }

  /** Content that is wrong is a finding (1); everything that kept us from reading it is unreadable input (2). */
  get exitCode(): number {
    return this.kind === "invalid-content" ? EXIT.findings : EXIT.usage;
  }
}

/** The `errors[].code`/`message` pairs of a distribution error body, tolerant of anything else. */
export function describeErrorBody(text: string): { codes: string[]; detail: string } {
  try {
    const parsed = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    if (Array.isArray(parsed.errors)) {
      const codes = parsed.errors.map((entry) => String(entry.code ?? "UNKNOWN"));
      const detail = parsed.errors.map((entry) => `${String(entry.code)}: ${String(entry.message ?? "")}`);
      return { codes, detail: detail.join("; ") };
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return { codes: [], detail: text.trim().slice(0, 200) };
}
