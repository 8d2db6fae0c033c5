import { randomBytes } from "node:crypto";
import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { buildLayout, entriesOf, writeBlob, writeTar, type Layout } from "./layout-fixture.js";
import { runCli } from "./run-cli.js";

type JsonReport = {
  files: Array<{
    path: string;
    kind: string;
    valid: boolean;
    diagnostics: Array<{ rule: string; severity: string; message: string; pointer: string }>;
  }>;
  summary: { files: number; errors: number; warnings: number; infos: number };
};

const scratch = mkdtempSync(join(tmpdir(), "ocilens-layout-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let layout: Layout;
let counter = 0;

beforeEach(async () => {
  layout = await buildLayout(join(scratch, `layout-${counter++}`));
});

async function validateJson(path: string, ...flags: string[]) {
  const result = await runCli(["validate", path, "--format", "json", ...flags]);
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

const findings = (report: JsonReport) =>
  report.files.flatMap((file) => file.diagnostics.map((diagnostic) => ({ path: file.path, ...diagnostic })));

describe("validate an OCI image layout folder", () => {
  it("validates every reachable document of a correct layout and exits 0", async () => {
    const { code, report } = await validateJson(layout.root);
    expect(code).toBe(0);
    const kinds = report.files.map((file) => [file.path.slice(layout.root.length), file.kind]);
    expect(kinds).toEqual([
      ["", "oci-layout"],
      ["/oci-layout", "oci-layout-header"],
      ["/index.json", "oci-index"],
      [`/blobs/sha256/${layout.index.digest.slice(7)}`, "oci-index"],
      [`/blobs/sha256/${layout.manifests[0]!.digest.slice(7)}`, "oci-manifest"],
      [`/blobs/sha256/${layout.manifests[1]!.digest.slice(7)}`, "oci-manifest"],
      [`/blobs/sha256/${layout.configs[0]!.digest.slice(7)}`, "oci-config"],
      [`/blobs/sha256/${layout.configs[1]!.digest.slice(7)}`, "oci-config"],
    ]);
    expect(report.summary.errors).toBe(0);
  });

  it("reports a blob whose bytes do not hash to its name (ol.blob-path) and a layer shorter than its descriptor (xref.content-digest)", async () => {
    const layer = layout.layers[0]!;
    truncateSync(layer.path, layer.size - 10);
    const { code, report } = await validateJson(layout.root);
    expect(code).toBe(1);
    const all = findings(report);
    expect(all).toContainEqual(
      expect.objectContaining({ path: layer.path, rule: "ol.blob-path", severity: "error" }),
    );
    expect(all).toContainEqual(
      expect.objectContaining({
        path: layout.manifests[0]!.path,
        rule: "xref.content-digest",
        pointer: "/layers/0/size",
      }),
    );
  });

  it("reports a corrupted manifest by its path and does not follow it", async () => {
    appendFileSync(layout.manifests[1]!.path, " ");
    const { code, report } = await validateJson(layout.root);
    expect(code).toBe(1);
    expect(findings(report)).toContainEqual(
      expect.objectContaining({ path: layout.manifests[1]!.path, rule: "ol.blob-path", severity: "error" }),
    );
  });

  it("lists a missing referenced blob and an unreferenced blob as infos (allowed by the spec)", async () => {
    unlinkSync(layout.configs[0]!.path);
    const stray = join(layout.root, "blobs", "sha256", "a".repeat(64));
    writeFileSync(stray, "a stray blob");
    const { code, report } = await validateJson(layout.root);
    const extra = findings(report).filter((finding) => finding.rule === "ol.extra-content");
    expect(extra).toContainEqual(
      expect.objectContaining({
        path: layout.manifests[0]!.path,
        pointer: "/config/digest",
        severity: "info",
      }),
    );
    // The stray blob is unreferenced and also does not hash to its name.
    expect(findings(report)).toContainEqual(
      expect.objectContaining({ path: stray, rule: "ol.blob-path", severity: "error" }),
    );
    expect(extra).toContainEqual(expect.objectContaining({ path: stray, severity: "info" }));
    expect(code).toBe(1);
  });

  it("refuses a symbolic link in blobs/ and never reads its target", async () => {
    const secret = join(scratch, "secret.json");
    writeFileSync(secret, JSON.stringify({ architecture: "amd64", os: "linux", leaked: true }));
    const config = layout.configs[0]!;
    unlinkSync(config.path);
    symlinkSync(secret, config.path);
    const { code, report } = await validateJson(layout.root);
    expect(code).toBe(1);
    const all = findings(report);
    expect(all).toContainEqual(
      expect.objectContaining({ path: layout.root, rule: "ol.unsafe-entry", severity: "error" }),
    );
    expect(report.files.map((file) => file.path)).not.toContain(config.path);
    expect(JSON.stringify(report)).not.toContain("leaked");
  });

  it("turns a digest with path traversal into a digest finding, never into a path", async () => {
    const index = {
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [
        {
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          digest: "sha256:../../../../etc/passwd",
          size: 10,
        },
      ],
    };
    writeFileSync(join(layout.root, "index.json"), JSON.stringify(index, null, 2));
    const { code, report, stdout } = await validateJson(layout.root);
    expect(code).toBe(1);
    expect(findings(report)).toContainEqual(
      expect.objectContaining({ rule: "digest.grammar", pointer: "/manifests/0/digest" }),
    );
    expect(stdout).not.toContain("root:");
  });

  it("hashes many large blobs on every thread and flags exactly the ones whose bytes changed", async () => {
    // Above the pool's inline limit, of differing sizes, so the main thread and the workers share them.
    const blobs = Array.from({ length: 12 }, (_, index) =>
      writeBlob(layout.root, randomBytes(96 * 1024 + index * 150 * 1024), "application/octet-stream"),
    );
    const flipped = blobs[3]!;
    const bytes = readFileSync(flipped.path);
    bytes[bytes.length >> 1]! ^= 1;
    writeFileSync(flipped.path, bytes);
    appendFileSync(blobs[7]!.path, "x");
    truncateSync(blobs[11]!.path, 70 * 1024);
    const { code, report } = await validateJson(layout.root);
    expect(code).toBe(1);
    const mismatched = findings(report).filter((finding) => finding.rule === "ol.blob-path");
    expect(mismatched.map((finding) => finding.path).sort()).toEqual(
      [flipped, blobs[7]!, blobs[11]!].map((blob) => blob.path).sort(),
    );
    const unreferenced = findings(report).filter((finding) => finding.rule === "ol.extra-content");
    expect(unreferenced.map((finding) => finding.path).sort()).toEqual(blobs.map((blob) => blob.path).sort());
  });

  it("reports a bad imageLayoutVersion with its position (ol.version)", async () => {
    writeFileSync(join(layout.root, "oci-layout"), '{"imageLayoutVersion": "2.0.0"}');
    const { code, report } = await validateJson(layout.root);
    expect(code).toBe(1);
    expect(findings(report)).toContainEqual(
      expect.objectContaining({
        path: join(layout.root, "oci-layout"),
        rule: "ol.version",
        pointer: "/imageLayoutVersion",
      }),
    );
  });
});

describe("validate an OCI image layout archive", () => {
  it("validates a .tar and a .tar.gz of a correct layout like the folder", async () => {
    for (const [name, gzip] of [
      ["image.tar", false],
      ["image.tar.gz", true],
    ] as const) {
      const archive = join(scratch, `${counter}-${name}`);
      await writeTar(archive, entriesOf(layout.root), gzip);
      const { code, report } = await validateJson(archive);
      expect(code).toBe(0);
      expect(report.files.map((file) => file.path)).toContain(`${archive}!/index.json`);
      expect(report.files).toHaveLength(8);
    }
  });

  it("refuses entries named with .. or an absolute path, and symlinks, without reading them", async () => {
    const archive = join(scratch, `${counter}-evil.tar`);
    const entries = entriesOf(layout.root);
    entries.push(
      { name: "../escape.json", content: "{}" },
      { name: "/etc/absolute.json", content: "{}" },
      { name: "blobs/sha256/link", type: "symlink", linkname: "/etc/passwd" },
    );
    await writeTar(archive, entries);
    const { code, report } = await validateJson(archive);
    expect(code).toBe(1);
    const unsafe = findings(report).filter((finding) => finding.rule === "ol.unsafe-entry");
    expect(unsafe.map((finding) => finding.message)).toEqual([
      expect.stringContaining("../escape.json"),
      expect.stringContaining("/etc/absolute.json"),
      expect.stringContaining("blobs/sha256/link"),
    ]);
  });

  it("reports a layout archive without oci-layout (ol.oci-layout) and without blobs/ (ol.blobs-dir)", async () => {
    const archive = join(scratch, `${counter}-bare.tar`);
    await writeTar(archive, [{ name: "index.json", content: '{"schemaVersion":2,"manifests":[]}' }]);
    const { code, report } = await validateJson(archive);
    expect(code).toBe(1);
    expect(findings(report).map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(["ol.oci-layout", "ol.blobs-dir"]),
    );
  });

  it("stops a gzip bomb at the expansion cap with exit 2, and a truncated archive with exit 2", async () => {
    const bomb = join(scratch, `${counter}-bomb.tar.gz`);
    const zeros = Buffer.alloc(80 * 1024 * 1024);
    writeFileSync(bomb, gzipSync(Buffer.concat([headerBytes("blobs/sha256/zeros", zeros.length), zeros])));
    const stopped = await runCli(["validate", bomb]);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toMatch(/expands beyond \d+ bytes; stopped/);

    const truncated = join(scratch, `${counter}-truncated.tar`);
    await writeTar(truncated, entriesOf(layout.root));
    truncateSync(truncated, 3000);
    const cut = await runCli(["validate", truncated]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/cannot read .*truncated\.tar/);
    expect(cut.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

/** A ustar header for one file of `size` bytes (the content follows it), written by hand so no packer buffers it. */
function headerBytes(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, "utf8");
  header.write("0000644\0", 100);
  header.write("0000000\0", 108);
  header.write("0000000\0", 116);
  header.write(`${size.toString(8).padStart(11, "0")}\0`, 124);
  header.write("00000000000\0", 136);
  header.write("        ", 148);
  header.write("0", 156);
  header.write("ustar\0", 257);
  header.write("00", 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return header;
}
