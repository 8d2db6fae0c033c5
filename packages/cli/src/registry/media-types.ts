/** The manifest media types a registry client asks for and tells apart (the constants live in the core). */
import { MEDIA_TYPES } from "@ocilens/core";

/** Every manifest type in one Accept header; without it, registries may down-convert or refuse. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifestList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
].join(", ");

export function isIndexMediaType(mediaType: string | null | undefined): boolean {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerManifestList;
}
