/** Media types grouped by family (Docker, OCI) and by what the rules say about them. */
import { MEDIA_TYPES } from "../../documents/media-types.js";

/** Deprecated: SHOULD NOT be produced any more (layer.md § Non-Distributable Layers). */
export const NONDISTRIBUTABLE_LAYER_TYPES: ReadonlySet<string> = new Set([
  MEDIA_TYPES.ociLayerNondistributableTar,
  MEDIA_TYPES.ociLayerNondistributableTarGzip,
  MEDIA_TYPES.ociLayerNondistributableTarZstd,
]);

/** Docker layer types with an OCI type of the same content (media-types.md § Compatibility Matrix). */
export const OCI_EQUIVALENT_OF_DOCKER_LAYER: Readonly<Record<string, string>> = {
  [MEDIA_TYPES.dockerLayerTarGzip]: MEDIA_TYPES.ociLayerTarGzip,
  [MEDIA_TYPES.dockerLayerTar]: MEDIA_TYPES.ociLayerTar,
};

/** Media types of the Docker family (`application/vnd.docker.…`). */
export function isDockerMediaType(mediaType: string): boolean {
  return mediaType.startsWith("application/vnd.docker.");
}

/** Media types of the OCI family (`application/vnd.oci.…`). */
export function isOciMediaType(mediaType: string): boolean {
  return mediaType.startsWith("application/vnd.oci.");
}
