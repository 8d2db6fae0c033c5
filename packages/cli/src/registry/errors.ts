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
  /** 404 for a manifest or blob. */
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
  ) {
    super(message);
  }

  get exitCode(): number {
    return this.kind === "invalid-content" || this.kind === "not-found" ? EXIT.findings : EXIT.usage;
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
