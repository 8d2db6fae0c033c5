/**
 * validateLayout over an in-memory reader (what the playground builds from dropped files): the layout rules
 * R87–R92, recursive resolution from index.json with cross-document checks, and the safety of blob paths.
 */
import { describe, expect, it } from "vitest";
import {
  digestBytesSync,
  validateLayout,
  type BlobDigest,
  type DigestAlgorithm,
  type LayoutEntry,
  type LayoutListing,
  type LayoutReader,
  type LayoutReport,
} from "../src/index.js";

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value, null, 2));

/** A layout as a map of path → bytes; `refused` lists what a real reader would not expose. */
class MemoryReader implements LayoutReader {
  readonly reads: string[] = [];
  constructor(
    readonly files: Map<string, Uint8Array>,
    readonly refused: LayoutListing["refused"] = [],
  ) {}
  async list(): Promise<LayoutListing> {
    const entries: LayoutEntry[] = [...this.files].map(([path, bytes]) => ({
      path,
      type: "file",
      size: bytes.length,
    }));
    if ([...this.files.keys()].some((path) => path.startsWith("blobs/")))
      entries.push({ path: "blobs", type: "directory", size: 0 });
    return { entries, refused: this.refused };
  }
  async read(path: string, limit: number): Promise<Uint8Array | null> {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`not listed: ${path}`);
    this.reads.push(path);
    return bytes.length > limit ? null : bytes;
  }
  async digest(path: string, algorithm: DigestAlgorithm): Promise<BlobDigest> {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`not listed: ${path}`);
    return { digest: digestBytesSync(bytes, algorithm), size: bytes.length };
  }
}

type Built = {
  files: Map<string, Uint8Array>;
  manifest: string;
  config: string;
  layer: string;
  image: string;
};

function blob(files: Map<string, Uint8Array>, bytes: Uint8Array, mediaType: string) {
  const digest = digestBytesSync(bytes);
  files.set(`blobs/sha256/${digest.slice(7)}`, bytes);
  return { mediaType, digest, size: bytes.length };
}

function buildLayout(configPlatform = { architecture: "arm64", os: "linux" }): Built {
  const files = new Map<string, Uint8Array>();
  files.set("oci-layout", json({ imageLayoutVersion: "1.0.0" }));
  const layerBytes = encoder.encode("not really a tarball, but bytes all the same");
  const layer = blob(files, layerBytes, "application/vnd.oci.image.layer.v1.tar+gzip");
  const config = blob(
    files,
    json({
      ...configPlatform,
      rootfs: { type: "layers", diff_ids: [digestBytesSync(encoder.encode("diff"))] },
    }),
    "application/vnd.oci.image.config.v1+json",
  );
  const manifest = blob(
    files,
    json({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config,
      layers: [layer],
    }),
    "application/vnd.oci.image.manifest.v1+json",
  );
  const image = blob(
    files,
    json({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [{ ...manifest, platform: { architecture: "arm64", os: "linux" } }],
    }),
    "application/vnd.oci.image.index.v1+json",
  );
  files.set(
    "index.json",
    json({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [image] }),
  );
  const path = (digest: string) => `blobs/sha256/${digest.slice(7)}`;
  return {
    files,
    manifest: path(manifest.digest),
    config: path(config.digest),
    layer: path(layer.digest),
    image: path(image.digest),
  };
}

const findings = (report: LayoutReport) =>
  report.files.flatMap((file) => file.diagnostics.map((diagnostic) => ({ path: file.path, ...diagnostic })));

describe("validateLayout", () => {
  it("resolves index.json → index → manifest → config recursively and finds nothing wrong in a correct layout", async () => {
    const built = buildLayout();
    const report = await validateLayout(new MemoryReader(built.files));
    expect(report.files.map((file) => [file.path, file.kind, file.valid])).toEqual([
      ["", "oci-layout", true],
      ["oci-layout", "oci-layout-header", true],
      ["index.json", "oci-index", true],
      [built.image, "oci-index", true],
      [built.manifest, "oci-manifest", true],
      [built.config, "oci-config", true],
    ]);
    expect(report.blobs.map((check) => check.status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(findings(report).filter((finding) => finding.severity !== "info")).toEqual([]);
  });

  it("runs the cross-document rules across the layout (descriptor platform against the config)", async () => {
    const report = await validateLayout(
      new MemoryReader(buildLayout({ architecture: "amd64", os: "linux" }).files),
    );
    expect(findings(report).map((finding) => finding.rule)).toContain("xref.platform-match");
  });

  it("reports a missing oci-layout, index.json and blobs/ directory", async () => {
    const report = await validateLayout(new MemoryReader(new Map([["manifest.json", json([])]])));
    const layoutFindings = report.files[0]!.diagnostics;
    expect(layoutFindings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ["ol.blobs-dir", "error"],
      ["ol.extra-content", "info"],
      ["ol.oci-layout", "error"],
      ["ol.index-json", "error"],
    ]);
    expect(report.files[0]!.valid).toBe(false);
  });

  it("reports content that does not hash to its path, and a layer size that disagrees with its descriptor", async () => {
    const built = buildLayout();
    built.files.set(built.layer, encoder.encode("short"));
    const report = await validateLayout(new MemoryReader(built.files));
    expect(findings(report)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: built.layer, rule: "ol.blob-path", severity: "error" }),
        expect.objectContaining({
          path: built.manifest,
          rule: "xref.content-digest",
          pointer: "/layers/0/size",
        }),
      ]),
    );
  });

  it("never turns a non-grammatical digest into a path, and reads only listed files", async () => {
    const built = buildLayout();
    built.files.set(
      "index.json",
      json({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: "application/vnd.oci.image.index.v1+json",
            digest: "sha256:../../../etc/passwd",
            size: 1,
          },
          { mediaType: "application/vnd.oci.image.index.v1+json", digest: "sha256:/etc/passwd", size: 1 },
        ],
      }),
    );
    const reader = new MemoryReader(built.files);
    const report = await validateLayout(reader);
    expect(reader.reads).toEqual(["oci-layout", "index.json"]);
    expect(findings(report).filter((finding) => finding.rule === "digest.grammar")).toHaveLength(2);
  });

  it("names blob paths that are not digests, and lists unreferenced and missing blobs as infos", async () => {
    const built = buildLayout();
    built.files.set("blobs/sha256/NOT-HEX", encoder.encode("x"));
    built.files.delete(built.config);
    const report = await validateLayout(new MemoryReader(built.files));
    const all = findings(report);
    expect(all).toContainEqual(
      expect.objectContaining({ path: "blobs/sha256/NOT-HEX", rule: "ol.blob-path", severity: "error" }),
    );
    expect(all).toContainEqual(
      expect.objectContaining({
        path: built.manifest,
        rule: "ol.extra-content",
        pointer: "/config/digest",
        severity: "info",
      }),
    );
  });

  it("reports what the reader refused, and applies rule settings to layout findings", async () => {
    const built = buildLayout();
    const refused = [{ path: "blobs/sha256/link", reason: "a symbolic link" }];
    const report = await validateLayout(new MemoryReader(built.files, refused));
    expect(report.files[0]!.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "ol.unsafe-entry", severity: "error" }),
    );
    const relaxed = await validateLayout(new MemoryReader(built.files, refused), {
      rules: { "ol.unsafe-entry": "warning" },
    });
    expect(relaxed.files[0]!.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "ol.unsafe-entry", severity: "warning" }),
    );
    expect(relaxed.files[0]!.valid).toBe(true);
    const silenced = await validateLayout(new MemoryReader(built.files, refused), {
      rules: { "ol.unsafe-entry": "off" },
    });
    expect(silenced.files[0]!.diagnostics).toEqual([]);
  });

  it("checks the oci-layout file itself: a string imageLayoutVersion equal to 1.0.0", async () => {
    for (const [header, rule] of [
      [{}, "ol.oci-layout"],
      [{ imageLayoutVersion: 1 }, "ol.oci-layout"],
      [{ imageLayoutVersion: "1.1.0" }, "ol.version"],
    ] as const) {
      const built = buildLayout();
      built.files.set("oci-layout", json(header));
      const report = await validateLayout(new MemoryReader(built.files));
      const headerReport = report.files.find((file) => file.path === "oci-layout")!;
      expect(headerReport.diagnostics.map((finding) => finding.rule)).toContain(rule);
    }
  });

  it("stops following documents at maxDocuments, and says so once", async () => {
    const built = buildLayout();
    const report = await validateLayout(new MemoryReader(built.files), { maxDocuments: 3 });
    const documents = report.files.filter((file) => file.kind !== "unknown").map((file) => file.path);
    expect(documents).toEqual(["", "oci-layout", "index.json", built.image]);
    expect(report.files[0]!.diagnostics.filter((finding) => finding.rule === "ol.index-json")).toHaveLength(
      1,
    );
  });

  it("does not trust a declared size far beyond the file: it is compared, never allocated", async () => {
    const built = buildLayout();
    const manifest = JSON.parse(new TextDecoder().decode(built.files.get(built.manifest)!));
    manifest.layers[0].size = Number.MAX_SAFE_INTEGER;
    const bytes = json(manifest);
    built.files.delete(built.manifest);
    const digest = digestBytesSync(bytes);
    built.files.set(`blobs/sha256/${digest.slice(7)}`, bytes);
    built.files.set(
      "index.json",
      json({
        schemaVersion: 2,
        manifests: [{ mediaType: "application/vnd.oci.image.manifest.v1+json", digest, size: bytes.length }],
      }),
    );
    const report = await validateLayout(new MemoryReader(built.files));
    expect(findings(report)).toContainEqual(
      expect.objectContaining({
        rule: "xref.content-digest",
        pointer: "/layers/0/size",
        message: expect.stringContaining(`${Number.MAX_SAFE_INTEGER} bytes`),
      }),
    );
  });

  it("applies rule settings to findings about blobs too", async () => {
    const built = buildLayout();
    const stray = encoder.encode("nobody points at me");
    built.files.set(`blobs/sha256/${digestBytesSync(stray).slice(7)}`, stray);
    const reported = await validateLayout(new MemoryReader(built.files));
    expect(reported.files.filter((file) => file.kind === "unknown")).toHaveLength(1);
    const silenced = await validateLayout(new MemoryReader(built.files), {
      rules: { "ol.extra-content": "off" },
    });
    expect(silenced.files.filter((file) => file.kind === "unknown")).toEqual([]);
  });
});
