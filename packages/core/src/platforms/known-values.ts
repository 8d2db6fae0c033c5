/**
 * The platform values the specifications name, as plain data. The image spec asks for Go's GOOS and GOARCH
 * values and for the variants of its "Platform Variants" table; anything else is implementation-defined.
 * Normalisation (which spellings clients treat as equal) lives with the platform engines, not here.
 */

/** Go's GOOS values (src/internal/syslist/syslist.go KnownOS), including the historical hurd, nacl and zos. */
export const KNOWN_OS: ReadonlySet<string> = new Set([
  "aix",
  "android",
  "darwin",
  "dragonfly",
  "freebsd",
  "hurd",
  "illumos",
  "ios",
  "js",
  "linux",
  "nacl",
  "netbsd",
  "openbsd",
  "plan9",
  "solaris",
  "wasip1",
  "windows",
  "zos",
]);

/** Go's GOARCH values (syslist.go KnownArch), the reserved names for ports that do not exist yet included. */
export const KNOWN_ARCHITECTURES: ReadonlySet<string> = new Set([
  "386",
  "amd64",
  "amd64p32",
  "arm",
  "armbe",
  "arm64",
  "arm64be",
  "loong64",
  "mips",
  "mipsle",
  "mips64",
  "mips64le",
  "mips64p32",
  "mips64p32le",
  "ppc",
  "ppc64",
  "ppc64le",
  "riscv",
  "riscv64",
  "s390",
  "s390x",
  "sparc",
  "sparc64",
  "wasm",
]);

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
