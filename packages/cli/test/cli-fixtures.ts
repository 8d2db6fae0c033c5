/** Index files for the select and matrix tests, written to a temporary folder. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type Entry = { platform?: Record<string, unknown>; annotations?: Record<string, string> };

export function digestOf(position: number): string {
  return `sha256:${String(position).padStart(64, "0")}`;
}

export function indexJson(entries: Entry[], mediaType = "application/vnd.oci.image.index.v1+json"): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType,
    manifests: entries.map((entry, i) => ({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: digestOf(i),
      size: 500,
      ...entry,
    })),
  });
}

export const TYPICAL = indexJson([
  { platform: { os: "linux", architecture: "amd64" } },
  { platform: { os: "linux", architecture: "arm64", variant: "v8" } },
  { platform: { os: "linux", architecture: "arm", variant: "v6" } },
  { platform: { os: "linux", architecture: "arm64" } },
  {
    platform: { os: "unknown", architecture: "unknown" },
    annotations: {
      "vnd.docker.reference.type": "attestation-manifest",
      "vnd.docker.reference.digest": digestOf(0),
    },
  },
]);

export function tempFiles(files: Record<string, string>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "ocilens-platforms-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
