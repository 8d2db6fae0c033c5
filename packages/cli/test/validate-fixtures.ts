/** Small documents for the validate tests, each with a known verdict. */
import { createHash } from "node:crypto";

const sha256 = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;

export const CONFIG = `${JSON.stringify(
  { architecture: "arm64", os: "linux", rootfs: { type: "layers", diff_ids: [sha256("layer")] } },
  null,
  2,
)}\n`;

/** A config that only has an info finding (an extension member). */
export const CONFIG_WITH_INFO = `${JSON.stringify(
  { architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [] }, vendorExtension: 1 },
  null,
  2,
)}\n`;

export function manifestFor(config: string, configSize = Buffer.byteLength(config)): string {
  return `${JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: {
        mediaType: "application/vnd.oci.image.config.v1+json",
        digest: sha256(config),
        size: configSize,
      },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: sha256("gz"), size: 2 }],
    },
    null,
    2,
  )}\n`;
}

/** An index whose only finding is a warning: the entry has no platform. */
export const INDEX_WITHOUT_PLATFORM = `${JSON.stringify(
  {
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [{ mediaType: "application/vnd.oci.image.manifest.v1+json", digest: sha256("x"), size: 1 }],
  },
  null,
  2,
)}\n`;

/** Two errors on line 5: a short sha256 digest and a negative size. */
export const BROKEN_INDEX = `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.index.v1+json",
  "manifests": [
    {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:abc", "size": -1, "platform": {"architecture": "amd64", "os": "linux"}}
  ]
}
`;
