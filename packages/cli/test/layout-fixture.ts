/**
 * Builds real OCI image layouts for the tests: gzip-compressed tar layers (tar-stream + node:zlib), configs
 * whose rootfs.diff_ids are the digests of the uncompressed layers, one manifest per platform, an image
 * index of them, and index.json pointing at that index (nested, as `docker buildx` and `skopeo` write it).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import tar from "tar-stream";

export type Blob = { digest: string; size: number; path: string; mediaType: string };

export type Layout = {
  root: string;
  index: Blob;
  manifests: Blob[];
  configs: Blob[];
  layers: Blob[];
};

const sha256 = (bytes: Uint8Array) => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;

export function writeBlob(root: string, bytes: Uint8Array, mediaType: string): Blob {
  const digest = sha256(bytes);
  const path = join(root, "blobs", "sha256", digest.slice("sha256:".length));
  mkdirSync(join(root, "blobs", "sha256"), { recursive: true });
  writeFileSync(path, bytes);
  return { digest, size: bytes.length, path, mediaType };
}

export function descriptor(blob: Blob, extra: Record<string, unknown> = {}) {
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size, ...extra };
}

/** A tar archive of the given files, as bytes. */
export async function tarOf(files: Array<{ name: string; content: string | Uint8Array }>): Promise<Buffer> {
  const pack = tar.pack();
  for (const file of files) pack.entry({ name: file.name }, Buffer.from(file.content));
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

export async function buildLayout(root: string, platforms = ["linux/amd64", "linux/arm64"]): Promise<Layout> {
  mkdirSync(join(root, "blobs", "sha256"), { recursive: true });
  writeFileSync(join(root, "oci-layout"), json({ imageLayoutVersion: "1.0.0" }));
  const layout: Layout = { root, index: undefined as never, manifests: [], configs: [], layers: [] };
  const entries = [];
  for (const platform of platforms) {
    const [os, architecture] = platform.split("/") as [string, string];
    const layerTar = await tarOf([
      { name: `etc/hello-${architecture}`, content: `hello from ${platform}\n` },
    ]);
    const layer = writeBlob(root, gzipSync(layerTar), "application/vnd.oci.image.layer.v1.tar+gzip");
    const config = writeBlob(
      root,
      json({
        architecture,
        os,
        config: { Env: ["PATH=/usr/bin"] },
        rootfs: { type: "layers", diff_ids: [sha256(layerTar)] },
        history: [{ created_by: "COPY hello /etc/" }],
      }),
      "application/vnd.oci.image.config.v1+json",
    );
    const manifest = writeBlob(
      root,
      json({
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        config: descriptor(config),
        layers: [descriptor(layer)],
      }),
      "application/vnd.oci.image.manifest.v1+json",
    );
    layout.layers.push(layer);
    layout.configs.push(config);
    layout.manifests.push(manifest);
    entries.push(descriptor(manifest, { platform: { architecture, os } }));
  }
  layout.index = writeBlob(
    root,
    json({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: entries }),
    "application/vnd.oci.image.index.v1+json",
  );
  writeFileSync(
    join(root, "index.json"),
    json({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [
        descriptor(layout.index, { annotations: { "org.opencontainers.image.ref.name": "latest" } }),
      ],
    }),
  );
  return layout;
}

export type TarEntry = {
  name: string;
  content?: string | Uint8Array;
  type?: "file" | "symlink" | "directory";
  linkname?: string;
};

/** The layout folder as tar entries (sorted), to which tests add or swap malicious ones. */
export function entriesOf(root: string): TarEntry[] {
  const out: TarEntry[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) {
        out.push({ name: `${relative(root, path)}/`, type: "directory" });
        walk(path);
      } else out.push({ name: relative(root, path), content: readFileSync(path) });
    }
  };
  walk(root);
  return out;
}

export async function writeTar(path: string, entries: TarEntry[], gzip = false): Promise<void> {
  const pack = tar.pack();
  for (const entry of entries) {
    if (entry.type === "symlink") pack.entry({ name: entry.name, type: "symlink", linkname: entry.linkname });
    else if (entry.type === "directory") pack.entry({ name: entry.name, type: "directory" });
    else pack.entry({ name: entry.name }, Buffer.from(entry.content ?? ""));
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  writeFileSync(path, gzip ? gzipSync(bytes) : bytes);
}
