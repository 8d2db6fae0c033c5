/**
 * The media types ocilens knows, in one place. Every rule and detector compares against these constants,
 * never against string literals of its own.
 */
import type { Kind } from "../report.js";

export const MEDIA_TYPES = {
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociDescriptor: "application/vnd.oci.descriptor.v1+json",
  ociLayoutHeader: "application/vnd.oci.layout.header.v1+json",
  ociEmpty: "application/vnd.oci.empty.v1+json",
  ociLayerTar: "application/vnd.oci.image.layer.v1.tar",
  ociLayerTarGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerTarZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  ociLayerNondistributableTar: "application/vnd.oci.image.layer.nondistributable.v1.tar",
  ociLayerNondistributableTarGzip: "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
  ociLayerNondistributableTarZstd: "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerPluginConfig: "application/vnd.docker.plugin.v1+json",
  dockerLayerTarGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  dockerLayerTar: "application/vnd.docker.image.rootfs.diff.tar",
  dockerForeignLayerTarGzip: "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
  dockerForeignLayerTar: "application/vnd.docker.image.rootfs.foreign.diff.tar",
  dockerSchema1: "application/vnd.docker.distribution.manifest.v1+json",
  dockerSchema1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws",
  dockerAttestationConfig: "application/vnd.docker.attestation.config.v1+json",
  inToto: "application/vnd.in-toto+json",
  octetStream: "application/octet-stream",
} as const;

export type KnownMediaType = (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES];

export const KNOWN_MEDIA_TYPES: readonly string[] = Object.values(MEDIA_TYPES);

/** The document kind a media type names, for the media types that name a document ocilens reads. */
const KIND_OF_MEDIA_TYPE: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  [MEDIA_TYPES.ociManifest, "oci-manifest"],
  [MEDIA_TYPES.ociIndex, "oci-index"],
  [MEDIA_TYPES.ociConfig, "oci-config"],
  [MEDIA_TYPES.ociDescriptor, "oci-descriptor"],
  [MEDIA_TYPES.ociLayoutHeader, "oci-layout-header"],
  [MEDIA_TYPES.dockerManifest, "docker-manifest"],
  [MEDIA_TYPES.dockerManifestList, "docker-manifest-list"],
  [MEDIA_TYPES.dockerConfig, "docker-config"],
  [MEDIA_TYPES.dockerSchema1, "docker-schema1"],
  [MEDIA_TYPES.dockerSchema1Signed, "docker-schema1"],
]);

export function kindOfMediaType(mediaType: string): Kind | undefined {
  return KIND_OF_MEDIA_TYPE.get(mediaType);
}

/** Media types of documents that name themselves with a top-level `mediaType` (manifests and indexes). */
export const SELF_DESCRIBING_KINDS: readonly Kind[] = [
  "oci-manifest",
  "oci-index",
  "docker-manifest",
  "docker-manifest-list",
  "docker-schema1",
];

/** Media types of image manifests (what an index entry points at when it names a runnable image). */
export const IMAGE_MANIFEST_MEDIA_TYPES: readonly string[] = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
];

/** Media types of manifests and indexes: what `subject` and index entries point at. */
export const MANIFEST_MEDIA_TYPES: readonly string[] = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList,
];

/** The well-known spelling of a media type that differs from `mediaType` only in letter case, if any. */
export function caseVariantOf(mediaType: string): string | undefined {
  if (KNOWN_BY_LOWER_CASE.get(mediaType) === mediaType) return undefined; // the common case: exactly known
  const known = KNOWN_BY_LOWER_CASE.get(mediaType.toLowerCase());
  return known === mediaType ? undefined : known;
}

const KNOWN_BY_LOWER_CASE: ReadonlyMap<string, string> = new Map(
  KNOWN_MEDIA_TYPES.map((known) => [known.toLowerCase(), known]),
);
