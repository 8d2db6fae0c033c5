/**
 * The empty descriptor: the two-byte blob `{}` that artifacts use as a config or as their one layer when they
 * have no payload (image-spec manifest.md § Guidance for an Empty Descriptor).
 */
import { MEDIA_TYPES } from "../../documents/media-types.js";

export const EMPTY_DESCRIPTOR = {
  mediaType: MEDIA_TYPES.ociEmpty,
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2,
  data: "e30=",
} as const;
