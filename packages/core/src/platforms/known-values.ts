/**
 * The platform values the specifications name, as plain data. The image spec asks for Go's GOOS and GOARCH
 * values and for the variants of its "Platform Variants" table; anything else is implementation-defined.
 * Normalisation (which spellings clients treat as equal) lives in normalize.ts, with containerd's lists.
 */
import {
  KNOWN_ARCHITECTURES as CONTAINERD_KNOWN_ARCHITECTURES,
  KNOWN_OS as CONTAINERD_KNOWN_OS,
} from "./normalize.js";

/**
 * Go's GOOS values (src/internal/syslist/syslist.go KnownOS), including the historical hurd, nacl and zos:
 * containerd's list (normalize.ts) plus `wasip1`, which Go added after containerd copied it.
 */
export const KNOWN_OS: ReadonlySet<string> = new Set([...CONTAINERD_KNOWN_OS, "wasip1"]);

/** Go's GOARCH values (syslist.go KnownArch), the reserved names included; containerd's list is the same. */
export const KNOWN_ARCHITECTURES: ReadonlySet<string> = CONTAINERD_KNOWN_ARCHITECTURES;

/**
 * The image spec's Platform Variants table (image-index.md, main), one pattern per architecture. The table
 * lists the first values and "…" after them, following Go's GOARM, GOARM64, GOPPC64, GORISCV64 and GOAMD64.
 */
export const KNOWN_VARIANTS: Readonly<Record<string, { pattern: RegExp; listed: string }>> = {
  arm: { pattern: /^v[678]$/, listed: "v6, v7, v8" },
  arm64: { pattern: /^v(8|9)(\.[0-9])?$/, listed: "v8, v8.1 … v8.9, v9, v9.1 …" },
  amd64: { pattern: /^v[1-4]$/, listed: "v1, v2, v3, v4" },
  ppc64le: { pattern: /^power([89]|[1-9][0-9])$/, listed: "power8, power9, power10 …" },
  riscv64: { pattern: /^rva[0-9]{2}u64$/, listed: "rva20u64, rva22u64, rva23u64 …" },
};

/** The one `os.features` value the spec defines, for `os: windows`. */
export const WINDOWS_OS_FEATURES: ReadonlySet<string> = new Set(["win32k"]);

/** The platform BuildKit gives attestation manifests (and their configs) so that no runtime selects them. */
export const ATTESTATION_PLATFORM = { architecture: "unknown", os: "unknown" } as const;
