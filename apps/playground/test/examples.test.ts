import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EXAMPLES, type Example } from "../src/examples/index.js";

type Descriptor = { digest: string; size: number; platform?: { os: string; architecture: string } };

const example = (id: string): Example => EXAMPLES.find((candidate) => candidate.id === id)!;
const text = (id: string, name: string) =>
  example(id).documents.find((document) => document.name === name)!.text;
const sha256 = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;
const manifestsOf = (text: string) => (JSON.parse(text) as { manifests: Descriptor[] }).manifests;

describe("built-in examples", () => {
  it("ship the seed documents byte for byte, first", () => {
    expect(EXAMPLES.slice(0, 2).map((candidate) => candidate.id)).toEqual([
      "mcr-hello-world",
      "docker-hello-world",
    ]);
    const list = manifestsOf(example("mcr-hello-world").documents[0]!.text);
    expect(list.map((entry) => entry.platform!.os)).toEqual(["linux", "windows", "windows"]);
    // Docker's own serialization uses three-space indentation; ?raw must not reformat it.
    expect(example("docker-hello-world").documents[0]!.text).toContain('\n   "schemaVersion": 2,');
  });

  it("have unique ids and names, and show a document that exists", () => {
    expect(new Set(EXAMPLES.map((candidate) => candidate.id)).size).toBe(EXAMPLES.length);
    for (const candidate of EXAMPLES) {
      const names = candidate.documents.map((document) => document.name);
      expect(new Set(names).size, candidate.id).toBe(names.length);
      expect(candidate.documents[candidate.active], candidate.id).toBeDefined();
    }
  });

  it("the OCI workspace references its manifests and configs by their exact digests and sizes", () => {
    for (const entry of manifestsOf(text("oci-workspace", "index.json"))) {
      const arch = entry.platform!.architecture;
      const manifest = text("oci-workspace", `manifest-${arch}.json`);
      expect(entry.digest).toBe(sha256(manifest));
      expect(entry.size).toBe(Buffer.byteLength(manifest));
      const config = (JSON.parse(manifest) as { config: Descriptor }).config;
      const configText = text("oci-workspace", `config-${arch}.json`);
      expect(config.digest).toBe(sha256(configText));
      expect(config.size).toBe(Buffer.byteLength(configText));
    }
  });

  it("the wrong-size example differs from the consistent one in exactly one entry's size", () => {
    const good = manifestsOf(text("oci-workspace", "index.json"));
    const bad = manifestsOf(text("wrong-size", "index.json"));
    expect(bad.map((entry) => entry.digest)).toEqual(good.map((entry) => entry.digest));
    expect(bad.map((entry) => entry.size - good[bad.indexOf(entry)]!.size)).toEqual([1, 0]);
  });
});
