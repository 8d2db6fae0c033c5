/**
 * Parser differentials: every interop hazard of rules.md § "Interop hazards beyond the schema" (H1–H21), each
 * as the smallest document that shows it and the rule key ocilens reports it under. The rule tests hold the
 * exact positions and messages; this table proves that no hazard goes unreported.
 */
import { describe, expect, it } from "vitest";
import {
  MEDIA_TYPES,
  checkContentType,
  digestBytesSync,
  readDocument,
  validateDocument,
  validateDocuments,
  type ValidateOptions,
} from "../../src/index.js";

const D = `sha256:${"a".repeat(64)}`;
const OM = MEDIA_TYPES.ociManifest;
const OI = MEDIA_TYPES.ociIndex;
const LAYER = MEDIA_TYPES.ociLayerTarGzip;

const config = { mediaType: MEDIA_TYPES.ociConfig, digest: D, size: 2 };
const manifest = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  mediaType: OM,
  config,
  layers: [{ mediaType: LAYER, digest: D, size: 1 }],
  ...extra,
});
const index = (manifests: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  mediaType: OI,
  manifests,
  ...extra,
});
const entry = (platform?: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  mediaType: OM,
  digest: D,
  size: 1,
  ...(platform ? { platform } : {}),
  ...extra,
});
const dockerManifest = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  mediaType: MEDIA_TYPES.dockerManifest,
  config: { mediaType: MEDIA_TYPES.dockerConfig, digest: D, size: 2 },
  layers: [{ mediaType: MEDIA_TYPES.dockerLayerTarGzip, digest: D, size: 1 }],
  ...extra,
});
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Rule keys of one document's report. */
function rules(input: string | Uint8Array, options?: ValidateOptions): string[] {
  return validateDocument(input, options).diagnostics.map((diagnostic) => diagnostic.rule);
}

/** An index naming a manifest naming a config, validated together: the rule keys of the index's report. */
function indexOverImage(entryPlatform: Record<string, string>, configArchitecture: string): string[] {
  const imageConfig = json({
    architecture: configArchitecture,
    os: "linux",
    rootfs: { type: "layers", diff_ids: [] },
  });
  const image = json(
    manifest({
      config: {
        ...config,
        digest: digestBytesSync(new TextEncoder().encode(imageConfig)),
        size: imageConfig.length,
      },
    }),
  );
  const list = json(
    index([
      entry(entryPlatform, { digest: digestBytesSync(new TextEncoder().encode(image)), size: image.length }),
    ]),
  );
  const [report] = validateDocuments([
    { name: "index", bytes: list },
    { name: "manifest", bytes: image },
    { name: "config", bytes: imageConfig },
  ]);
  return report!.diagnostics.map((diagnostic) => diagnostic.rule);
}

type Row = [hazard: string, what: string, rule: string, reported: () => string[]];

const rows: Row[] = [
  [
    "H1",
    "duplicate mediaType",
    "json.duplicate-keys",
    () => rules(`{"schemaVersion": 2, "mediaType": "${OM}", "mediaType": "${OI}", "manifests": []}`),
  ],
  [
    "H2",
    "a case variant of a member",
    "json.case-variant-keys",
    () => rules(json({ ...manifest(), MediaType: OI })),
  ],
  ["H2", "Manifests in a manifest", "om.no-manifests", () => rules(json(manifest({ Manifests: [] })))],
  ["H2", "LAYERS in an index", "oi.no-config-layers", () => rules(json(index([], { LAYERS: [] })))],
  [
    "H3",
    "an escaped manifests in a manifest",
    "om.no-manifests",
    () => rules(json(manifest()).replace('"schemaVersion"', '"\\u006danifests": [], "schemaVersion"')),
  ],
  [
    "H4",
    "a size beyond 2^53",
    "json.number-precision",
    () => rules(json(manifest()).replace('"size": 1', '"size": 9007199254740993')),
  ],
  [
    "H4",
    "a size beyond int64",
    "desc.size-int64",
    () => rules(json(manifest()).replace('"size": 1', '"size": 9223372036854775808')),
  ],
  [
    "H4",
    "a size written 1.0",
    "desc.size-integer",
    () => rules(json(manifest()).replace('"size": 1', '"size": 1.0')),
  ],
  [
    "H4",
    "a size written 1e3",
    "desc.size-integer",
    () => rules(json(manifest()).replace('"size": 1', '"size": 1e3')),
  ],
  ["H5", "a byte-order mark", "json.bom", () => rules(`\ufeff${json(manifest())}`)],
  [
    "H5",
    "CRLF bytes listed with the size of the LF original",
    "xref.content-digest",
    () => {
      const crlf = json(manifest()).replaceAll("\n", "\r\n");
      // A tool converted the line ends and rehashed, but kept the size it had: the bytes give it away.
      const descriptor = {
        digest: digestBytesSync(new TextEncoder().encode(crlf)),
        size: json(manifest()).length,
      };
      return rules(json(index([entry({ os: "linux", architecture: "amd64" }, descriptor)])), {
        related: [crlf],
      });
    },
  ],
  [
    "H6",
    "a digest with a final line feed",
    "digest.grammar",
    () => rules(json(manifest()).replace(`"${D}"`, `"${D}\\n"`)),
  ],
  [
    "H6",
    "a media type with a final line feed",
    "mediatype.syntax",
    () => rules(json(manifest()).replace(`"${LAYER}"`, `"${LAYER}\\n"`)),
  ],
  [
    "H7",
    "Docker and OCI manifests in one index",
    "oi.mixed-families",
    () =>
      rules(
        json(
          index([
            entry({ os: "linux", architecture: "amd64" }),
            entry({ os: "linux", architecture: "arm64" }, { mediaType: MEDIA_TYPES.dockerManifest }),
          ]),
        ),
      ),
  ],
  [
    "H7",
    "a Docker layer in an OCI manifest",
    "om.docker-types-in-oci",
    () =>
      rules(json(manifest({ layers: [{ mediaType: MEDIA_TYPES.dockerLayerTarGzip, digest: D, size: 1 }] }))),
  ],
  [
    "H7",
    "an OCI layer in a Docker manifest",
    "dm.layer-mediatypes",
    () => rules(json(dockerManifest({ layers: [{ mediaType: LAYER, digest: D, size: 1 }] }))),
  ],
  [
    "H7",
    "OCI-only annotations in a Docker manifest",
    "dm.oci-only-fields",
    () => rules(json(dockerManifest({ annotations: { a: "b" } }))),
  ],
  ["H8", "a manifest with manifests", "om.no-manifests", () => rules(json(manifest({ manifests: [] })))],
  [
    "H8",
    "an index with config and layers",
    "oi.no-config-layers",
    () => rules(json(index([], { config, layers: [] }))),
  ],
  [
    "H8",
    "a descriptor typed as a manifest naming an index",
    "xref.mediatype-match",
    () => {
      const inner = json(index([]));
      return rules(
        json(
          index([
            entry(undefined, {
              digest: digestBytesSync(new TextEncoder().encode(inner)),
              size: inner.length,
            }),
          ]),
        ),
        { related: [inner] },
      );
    },
  ],
  [
    "H8",
    "one digest listed with two media types",
    "oi.same-digest-different-type",
    () =>
      rules(
        json(
          index([
            entry({ os: "linux", architecture: "amd64" }),
            entry({ os: "linux", architecture: "arm64" }, { mediaType: OI }),
          ]),
        ),
      ),
  ],
  [
    "H9",
    "an index platform the config contradicts",
    "xref.platform-match",
    () => indexOverImage({ os: "linux", architecture: "arm64" }, "amd64"),
  ],
  [
    "H10",
    "arm64/v8 and arm64: one platform after normalisation",
    "oi.duplicate-platform",
    () =>
      rules(
        json(
          index([
            entry({ os: "linux", architecture: "arm64", variant: "v8" }),
            entry({ os: "linux", architecture: "arm64" }),
          ]),
        ),
      ),
  ],
  [
    "H10",
    "a non-Go architecture spelling",
    "platform.arch-value",
    () => rules(json(index([entry({ os: "linux", architecture: "aarch64" })]))),
  ],
  ["H11", "annotations null", "annot.not-null", () => rules(json(manifest({ annotations: null })))],
  ["H11", "layers null", "om.layers-required", () => rules(json(manifest({ layers: null })))],
  [
    "H11",
    "a null optional config field (valid, noted)",
    "oc.null-optional",
    () =>
      rules(
        json({ architecture: "amd64", os: "linux", config: null, rootfs: { type: "layers", diff_ids: [] } }),
        { expect: "oci-config" },
      ),
  ],
  [
    "H12",
    "no top-level mediaType",
    "top.mediatype-recommended",
    () => rules(json({ ...manifest(), mediaType: undefined })),
  ],
  [
    "H13",
    "a short sha256 inside a manifest",
    "digest.sha256",
    () => rules(json(manifest()).replace(`"${D}"`, '"sha256:abc"')),
  ],
  [
    "H13",
    "a negative size in an index",
    "desc.size-nonnegative",
    () => rules(json(index([entry({ os: "linux", architecture: "amd64" }, { size: -1 })]))),
  ],
  ["H13", "an empty layers array", "om.layers-nonempty", () => rules(json(manifest({ layers: [] })))],
  [
    "H13",
    "a url that is not a URI",
    "desc.urls-uri",
    () => rules(json(manifest({ layers: [{ mediaType: LAYER, digest: D, size: 1, urls: ["not a uri"] }] }))),
  ],
  [
    "H13",
    "the empty config without artifactType",
    "om.artifacttype-for-empty-config",
    () =>
      rules(
        json(
          manifest({
            config: {
              mediaType: MEDIA_TYPES.ociEmpty,
              digest: digestBytesSync(new TextEncoder().encode("{}")),
              size: 2,
            },
          }),
        ),
      ),
  ],
  [
    "H14",
    "URL-safe base64 data",
    "desc.data-base64",
    () => rules(json(manifest({ layers: [{ mediaType: LAYER, digest: D, size: 1, data: "-_8=" }] }))),
  ],
  [
    "H14",
    "data that is not the described bytes",
    "desc.data-matches",
    () => rules(json(manifest({ layers: [{ mediaType: LAYER, digest: D, size: 1, data: "YQ==" }] }))),
  ],
  [
    "H15",
    "sha384, never registered by OCI",
    "digest.unregistered",
    () => rules(json(manifest()).replace(`"${D}"`, `"sha384:${"a".repeat(96)}"`)),
  ],
  [
    "H15",
    "blake3, registered on main only",
    "digest.non-sha256",
    () => rules(json(manifest()).replace(`"${D}"`, `"blake3:${"a".repeat(64)}"`)),
  ],
  [
    "H16",
    "ocicrypt keys in the reserved namespace",
    "annot.reserved-namespace",
    () => rules(json(manifest({ annotations: { "org.opencontainers.image.enc.keys.jwe": "x" } }))),
  ],
  [
    "H17",
    "Docker Hub's octet-stream config",
    "dm.config-mediatype",
    () =>
      rules(json(dockerManifest({ config: { mediaType: "application/octet-stream", digest: D, size: 2 } }))),
  ],
  [
    "H18",
    "a Docker list with layers",
    "oi.no-config-layers",
    () =>
      rules(json({ schemaVersion: 2, mediaType: MEDIA_TYPES.dockerManifestList, manifests: [], layers: [] })),
  ],
  [
    "H19",
    "an attestation that names no manifest of the index",
    "att.reference-digest",
    () =>
      rules(
        json(
          index([
            entry(
              { os: "unknown", architecture: "unknown" },
              {
                annotations: {
                  "vnd.docker.reference.type": "attestation-manifest",
                  "vnd.docker.reference.digest": `sha256:${"b".repeat(64)}`,
                },
              },
            ),
          ]),
        ),
      ),
  ],
  [
    "H19",
    "unknown/unknown without attestation annotations",
    "platform.unknown-unknown",
    () => rules(json(index([entry({ os: "unknown", architecture: "unknown" })]))),
  ],
  [
    "H20",
    "parameters in a document's mediaType",
    "mediatype.syntax",
    () => rules(json(manifest({ mediaType: `${OM}; charset=utf-8` }))),
  ],
  [
    "H20",
    "a Content-Type that is not the document's mediaType",
    "net.content-type",
    () => {
      const diagnostic = checkContentType(readDocument(json(manifest())), `${OI}; charset=utf-8`);
      return diagnostic ? [diagnostic.rule] : [];
    },
  ],
  [
    "H21",
    "an escaped lone surrogate",
    "json.utf8",
    () => rules(json(manifest({ annotations: { a: "\\ud800" } })).replace("\\\\ud800", "\\ud800")),
  ],
  [
    "H21",
    "invalid UTF-8 bytes",
    "json.utf8",
    () =>
      rules(
        Uint8Array.of(...new TextEncoder().encode('{"a": "'), 0xc0, 0xaf, ...new TextEncoder().encode('"}')),
      ),
  ],
];

describe("interop hazards H1–H21 (rules.md)", () => {
  it("covers every hazard", () => {
    expect(new Set(rows.map(([hazard]) => hazard))).toEqual(
      new Set(Array.from({ length: 21 }, (_, i) => `H${i + 1}`)),
    );
  });

  it.each(rows)("%s %s → %s", (_, __, rule, reported) => {
    expect(reported()).toContain(rule);
  });
});
