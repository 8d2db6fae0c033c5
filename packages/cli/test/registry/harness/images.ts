/**
 * Small but real multi-arch images built in the test: a gzip'd tar layer per platform (with its diff_id),
 * an image config, a manifest, optional BuildKit-style attestation manifests and an index. Pushed with the
 * client's own push functions.
 */
import { gzipSync } from "node:zlib";
import { pack } from "tar-stream";
import { digestOf, type RegistryClient } from "../../../src/registry/client.js";
import { MEDIA_TYPES } from "@ocilens/core";

export type TestPlatform = { os: string; architecture: string; variant?: string };
export type Blob = { bytes: Uint8Array; digest: string; mediaType: string };
export type Descriptor = {
  mediaType: string;
  digest: string;
  size: number;
  platform?: TestPlatform;
  annotations?: Record<string, string>;
};
export type TestImage = { manifest: Blob; config: Blob; layers: Blob[]; platform: TestPlatform };
export type IndexEntry = { image: TestImage; descriptor: Descriptor };

const encoder = new TextEncoder();

function blob(bytes: Uint8Array, mediaType: string): Blob {
  return { bytes, digest: digestOf(bytes), mediaType };
}

function descriptorOf(item: Blob, extra: Partial<Descriptor> = {}): Descriptor {
  return { mediaType: item.mediaType, digest: item.digest, size: item.bytes.length, ...extra };
}

async function tarOf(files: Record<string, string>): Promise<Uint8Array> {
  const archive = pack();
  for (const [name, content] of Object.entries(files)) archive.entry({ name, mtime: new Date(0) }, content);
  archive.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of archive as AsyncIterable<Buffer>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

export function platformName(platform: TestPlatform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

export async function buildImage(
  platform: TestPlatform,
  options: { docker?: boolean; configPlatform?: TestPlatform; layerText?: string } = {},
): Promise<TestImage> {
  const docker = options.docker ?? false;
  const tar = await tarOf({ "hello.txt": options.layerText ?? `hello from ${platformName(platform)}\n` });
  const layer = blob(
    new Uint8Array(gzipSync(tar)),
    docker
      ? "application/vnd.docker.image.rootfs.diff.tar.gzip"
      : "application/vnd.oci.image.layer.v1.tar+gzip",
  );
  const configPlatform = options.configPlatform ?? platform;
  const config = blob(
    encoder.encode(
      JSON.stringify({
        architecture: configPlatform.architecture,
        os: configPlatform.os,
        ...(configPlatform.variant && { variant: configPlatform.variant }),
        config: { Cmd: ["/hello"] },
        rootfs: { type: "layers", diff_ids: [digestOf(tar)] },
      }),
    ),
    docker ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.ociConfig,
  );
  const manifestType = docker ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest;
  const manifest = blob(
    encoder.encode(
      JSON.stringify(
        {
          schemaVersion: 2,
          mediaType: manifestType,
          config: descriptorOf(config),
          layers: [descriptorOf(layer)],
        },
        null,
        2,
      ),
    ),
    manifestType,
  );
  return { manifest, config, layers: [layer], platform };
}

/** A BuildKit-style provenance attestation for `subject`. */
export function buildAttestation(subject: Blob): { image: TestImage; annotations: Record<string, string> } {
  const statement = blob(
    encoder.encode(
      JSON.stringify({
        _type: "https://in-toto.io/Statement/v0.1",
        subject: [{ digest: { sha256: subject.digest.slice("sha256:".length) } }],
      }),
    ),
    "application/vnd.in-toto+json",
  );
  const config = blob(
    encoder.encode(
      JSON.stringify({
        architecture: "unknown",
        os: "unknown",
        config: {},
        rootfs: { type: "layers", diff_ids: [statement.digest] },
      }),
    ),
    MEDIA_TYPES.ociConfig,
  );
  const manifest = blob(
    encoder.encode(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        config: descriptorOf(config),
        layers: [
          descriptorOf(statement, {
            annotations: { "in-toto.io/predicate-type": "https://slsa.dev/provenance/v0.2" },
          }),
        ],
      }),
    ),
    MEDIA_TYPES.ociManifest,
  );
  return {
    image: { manifest, config, layers: [statement], platform: { os: "unknown", architecture: "unknown" } },
    annotations: {
      "vnd.docker.reference.type": "attestation-manifest",
      "vnd.docker.reference.digest": subject.digest,
    },
  };
}

export async function buildMultiArch(
  platforms: TestPlatform[],
  options: { docker?: boolean; attestations?: boolean } = {},
): Promise<{ index: Blob; entries: IndexEntry[] }> {
  const entries: IndexEntry[] = [];
  for (const platform of platforms) {
    const image = await buildImage(platform, options);
    entries.push({ image, descriptor: descriptorOf(image.manifest, { platform }) });
  }
  if (options.attestations) {
    for (const { image } of [...entries]) {
      const attestation = buildAttestation(image.manifest);
      entries.push({
        image: attestation.image,
        descriptor: descriptorOf(attestation.image.manifest, {
          platform: attestation.image.platform,
          annotations: attestation.annotations,
        }),
      });
    }
  }
  return {
    index: buildIndexBlob(
      entries.map((entry) => entry.descriptor),
      options.docker,
    ),
    entries,
  };
}

export function buildIndexBlob(descriptors: Descriptor[], docker = false): Blob {
  const mediaType = docker ? MEDIA_TYPES.dockerManifestList : MEDIA_TYPES.ociIndex;
  return blob(
    encoder.encode(JSON.stringify({ schemaVersion: 2, mediaType, manifests: descriptors }, null, 2)),
    mediaType,
  );
}

export async function pushImage(
  client: RegistryClient,
  repository: string,
  image: TestImage,
  tag?: string,
): Promise<void> {
  for (const item of [...image.layers, image.config]) await client.pushBlob(repository, item.bytes);
  await client.putManifest(
    repository,
    tag ?? image.manifest.digest,
    image.manifest.bytes,
    image.manifest.mediaType,
  );
}

/** Pushes every child, then the index under `tag`. */
export async function pushMultiArch(
  client: RegistryClient,
  repository: string,
  tag: string,
  built: { index: Blob; entries: IndexEntry[] },
): Promise<void> {
  await Promise.all(built.entries.map((entry) => pushImage(client, repository, entry.image)));
  await client.putManifest(repository, tag, built.index.bytes, built.index.mediaType);
}
