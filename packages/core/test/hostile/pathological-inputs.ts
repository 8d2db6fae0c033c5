/**
 * Pathological documents, each sized by a parameter: the tests (limits.test.ts) build small ones against
 * lowered limits, bench/pathological builds the full-size ones (64 MiB, 100,000 levels, 1,000,000 members,
 * a 10 MiB string, a 10,000-entry index) against the defaults. Each names the rule key it must produce.
 */
import { MEDIA_TYPES } from "../../src/index.js";

export type Pathological = {
  /** The rule key the document must be reported under. */
  rule: string;
  text: string;
};

/** An object `{"padding":"xxxx…"}` of exactly `bytes` bytes (at least 15). */
export function oversizedDocument(bytes: number): Pathological {
  const frame = '{"padding":""}';
  return { rule: "limit.document-size", text: `{"padding":"${"x".repeat(bytes - frame.length)}"}` };
}

/** `depth` nested arrays under one member. */
export function deepNesting(depth: number): Pathological {
  return { rule: "limit.depth", text: `{"a":${"[".repeat(depth)}${"]".repeat(depth)}}` };
}

/** One object with `count` members. */
export function manyMembers(count: number): Pathological {
  const members = Array.from({ length: count }, (_, index) => `"m${index}":${index}`);
  return { rule: "limit.members", text: `{${members.join(",")}}` };
}

/** `arrays` arrays of `items` zeros each: many values, none of the containers too large. */
export function manyValues(arrays: number, items: number): Pathological {
  const array = `[${"0,".repeat(items - 1)}0]`;
  return { rule: "limit.values", text: `{"a":[${Array(arrays).fill(array).join(",")}]}` };
}

/** An OCI config whose one label value is `length` characters long. */
export function longString(length: number): Pathological {
  const config = {
    architecture: "amd64",
    os: "linux",
    config: { Labels: { note: "x".repeat(length) } },
    rootfs: { type: "layers", diff_ids: [] },
  };
  return { rule: "limit.string-length", text: JSON.stringify(config) };
}

const ARCHITECTURES = ["amd64", "arm64", "arm", "ppc64le", "s390x", "riscv64", "386", "mips64le"];

/**
 * An OCI index of `entries` manifests with distinct digests; every platform after the first eight repeats an
 * earlier one, so each of those entries is reported as unreachable (oi.duplicate-platform).
 */
export function largeIndex(entries: number): Pathological {
  const manifests = Array.from({ length: entries }, (_, index) => ({
    mediaType: MEDIA_TYPES.ociManifest,
    digest: `sha256:${index.toString(16).padStart(64, "0")}`,
    size: 1000 + index,
    platform: { os: "linux", architecture: ARCHITECTURES[index % ARCHITECTURES.length]! },
  }));
  const index = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests };
  return { rule: "oi.duplicate-platform", text: JSON.stringify(index, null, 2) };
}
