import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../src/examples/index.js";
import {
  composeIndex,
  parseAnnotations,
  platformDifferences,
  platformOfConfig,
  type ComposeEntry,
} from "../src/workspace/compose.js";

const workspace = EXAMPLES.find((example) => example.id === "oci-workspace")!.documents;
const text = (name: string) => workspace.find((document) => document.name === name)!.text;

function entryOf(manifestName: string, configName: string): ComposeEntry {
  const manifest = text(manifestName);
  return {
    mediaType: (JSON.parse(manifest) as { mediaType: string }).mediaType,
    digest: `sha256:${createHash("sha256").update(manifest).digest("hex")}`,
    size: Buffer.byteLength(manifest),
    platform: platformOfConfig(text(configName))!,
  };
}

describe("composing an index", () => {
  it("reads platforms from configs", () => {
    expect(platformOfConfig(text("config-arm64.json"))).toEqual({
      os: "linux",
      architecture: "arm64",
      variant: "v8",
    });
    expect(
      platformOfConfig(
        '{"os":"windows","architecture":"amd64","os.version":"10.0.20348.1","os.features":["win32k"]}',
      ),
    ).toEqual({
      os: "windows",
      architecture: "amd64",
      "os.version": "10.0.20348.1",
      "os.features": ["win32k"],
    });
    expect(platformOfConfig('{"os":"linux"}')).toBeNull();
    expect(platformOfConfig("not json")).toBeNull();
  });

  it("builds the example's index entries from its manifests and configs", () => {
    const entries = [
      entryOf("manifest-amd64.json", "config-amd64.json"),
      entryOf("manifest-arm64.json", "config-arm64.json"),
    ];
    const composed = JSON.parse(composeIndex(entries, "oci")) as { manifests: unknown[] };
    const example = JSON.parse(text("index.json")) as { manifests: unknown[] };
    expect(composed.manifests).toEqual(example.manifests);
  });

  it("serializes like Go's distribution packages: three-space indentation, struct member order", () => {
    const entry: ComposeEntry = {
      mediaType: "application/vnd.docker.distribution.manifest.v2+json",
      digest: "sha256:" + "a".repeat(64),
      size: 524,
      platform: { os: "linux", architecture: "arm", variant: "v7" },
    };
    const list = composeIndex([entry], "docker", { ignored: "docker lists have no annotations" });
    expect(list).toBe(
      [
        "{",
        '   "schemaVersion": 2,',
        '   "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json",',
        '   "manifests": [',
        "      {",
        '         "mediaType": "application/vnd.docker.distribution.manifest.v2+json",',
        '         "size": 524,',
        `         "digest": "sha256:${"a".repeat(64)}",`,
        '         "platform": {',
        '            "architecture": "arm",',
        '            "os": "linux",',
        '            "variant": "v7"',
        "         }",
        "      }",
        "   ]",
        "}",
      ].join("\n"),
    );
    const index = JSON.parse(composeIndex([entry], "oci", { "org.opencontainers.image.version": "1.0" })) as {
      mediaType: string;
      annotations: Record<string, string>;
    };
    expect(index.mediaType).toBe("application/vnd.oci.image.index.v1+json");
    expect(index.annotations).toEqual({ "org.opencontainers.image.version": "1.0" });
  });

  it("escapes inside strings what Go's encoding/json escapes, so the digest is the one docker pushes", () => {
    const entry: ComposeEntry = {
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: "sha256:" + "b".repeat(64),
      size: 1,
      platform: { os: "linux", architecture: "amd64" },
    };
    const composed = composeIndex([entry], "oci", { "org.example.note": "<a & b>\u2028\u2029" });
    expect(composed).toContain('"org.example.note": "\\u003ca \\u0026 b\\u003e\\u2028\\u2029"');
    expect(composed).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(composed)).toMatchObject({
      annotations: { "org.example.note": "<a & b>\u2028\u2029" },
    });
  });

  it("names the platform fields an edit changed", () => {
    expect(
      platformDifferences(
        { os: "linux", architecture: "arm64", variant: "v8" },
        { os: "linux", architecture: "arm64" },
      ),
    ).toEqual(["variant"]);
    expect(
      platformDifferences({ os: "linux", architecture: "amd64" }, { os: "linux", architecture: "amd64" }),
    ).toEqual([]);
  });

  it("reads annotations as key=value lines and names a bad line", () => {
    expect(parseAnnotations("a=1\n\n b = x=y \n")).toEqual({ a: "1", b: " x=y " });
    expect(() => parseAnnotations("a=1\nnovalue")).toThrow(/line 2 .*novalue/);
  });
});
