/** Small builders for test indexes: one descriptor per platform, in the order given. */
import type { Platform } from "../../src/index.js";

export const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
export const DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";

export type EntrySpec = Platform | null | { platform: Platform | null; annotations?: Record<string, string> };

function isWrapped(
  spec: EntrySpec,
): spec is { platform: Platform | null; annotations?: Record<string, string> } {
  return spec !== null && "platform" in spec;
}

export function platform(text: string, extra: Partial<Platform> = {}): Platform {
  const [os = "", architecture = "", variant] = text.split("/");
  return { os, architecture, ...(variant ? { variant } : {}), ...extra };
}

export function index(specs: EntrySpec[], mediaType: string = OCI_INDEX) {
  return {
    schemaVersion: 2,
    mediaType,
    manifests: specs.map((spec, i) => {
      const digest = `sha256:${String(i).padStart(64, "0")}`;
      const { platform: p, annotations } = isWrapped(spec)
        ? spec
        : { platform: spec, annotations: undefined };
      return {
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        digest,
        size: 100 + i,
        ...(p ? { platform: p } : {}),
        ...(annotations ? { annotations } : {}),
      };
    }),
  };
}

export function attestation(ofPosition: number) {
  return {
    platform: { os: "unknown", architecture: "unknown" },
    annotations: {
      "vnd.docker.reference.type": "attestation-manifest",
      "vnd.docker.reference.digest": `sha256:${String(ofPosition).padStart(64, "0")}`,
    },
  };
}

export const ZSTD = { "io.github.containers.compression.zstd": "true" };
