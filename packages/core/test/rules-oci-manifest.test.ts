import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/rules/edits.js";
import { rangeOf } from "./support/locate.js";
import { diagnosticsOf } from "./validate-support.js";

const DIGEST = `sha256:${"a".repeat(64)}`;
const EMPTY_DIGEST = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const IMAGE_CONFIG = { mediaType: "application/vnd.oci.image.config.v1+json", digest: DIGEST, size: 7 };
const GZIP_LAYER = { mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: DIGEST, size: 10 };

/** A valid OCI image manifest, pretty-printed, with `changes` merged over its top level. */
function manifest(changes: Record<string, unknown> = {}): string {
  const base = { schemaVersion: 2, mediaType: OCI_MANIFEST, config: IMAGE_CONFIG, layers: [GZIP_LAYER] };
  const merged: Record<string, unknown> = { ...base, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete merged[key];
  return JSON.stringify(merged, null, 2);
}

describe("om.mediatype (R48)", () => {
  it("accepts the exact type, and its absence", () => {
    expect(diagnosticsOf(manifest(), "om.mediatype")).toEqual([]);
    expect(
      diagnosticsOf(manifest({ mediaType: undefined }), "om.mediatype", { expect: "oci-manifest" }),
    ).toEqual([]);
  });

  it("reports another type when the caller expects a manifest, with a fix for a case variant (H13)", () => {
    const text = manifest({ mediaType: "application/vnd.OCI.image.manifest.v1+json" });
    const [finding] = diagnosticsOf(text, "om.mediatype", { expect: "oci-manifest" });
    expect(finding).toMatchObject({
      severity: "error",
      pointer: "/mediaType",
      range: rangeOf(text, '"application/vnd.OCI.image.manifest.v1+json"'),
    });
    expect(JSON.parse(applyEdits(text, finding!.fix!.edits)).mediaType).toBe(OCI_MANIFEST);
    expect(finding!.message).toMatch(/^An OCI image manifest must have mediaType/);
  });
});

describe("om.config-required (R49)", () => {
  it("reports a missing config on the top-level brace and a string config on its value", () => {
    const missing = manifest({ config: undefined });
    expect(diagnosticsOf(missing, "om.config-required")).toMatchObject([
      { pointer: "", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } },
    ]);
    const text = manifest({ config: "sha256:x" });
    expect(diagnosticsOf(text, "om.config-required")).toMatchObject([
      { pointer: "/config", range: rangeOf(text, '"sha256:x"') },
    ]);
  });

  it("accepts a descriptor object", () => {
    expect(diagnosticsOf(manifest(), "om.config-required")).toEqual([]);
  });
});

describe("om.layers-required (R50)", () => {
  it("reports layers: null (H11) on the value", () => {
    const text = manifest({ layers: null });
    expect(diagnosticsOf(text, "om.layers-required")).toMatchObject([
      { severity: "error", pointer: "/layers", range: rangeOf(text, "null") },
    ]);
  });

  it("accepts an array of descriptors", () => {
    expect(diagnosticsOf(manifest(), "om.layers-required")).toEqual([]);
  });
});

describe("om.layers-nonempty (R51)", () => {
  it("reports an empty layers array of an image without a fix (H13)", () => {
    const text = manifest({ layers: [] });
    const [finding] = diagnosticsOf(text, "om.layers-nonempty");
    expect(finding).toMatchObject({ pointer: "/layers", range: rangeOf(text, "[]") });
    expect(finding!.fix).toBeUndefined();
  });

  it("offers the empty descriptor as the one layer of an artifact", () => {
    const text = manifest({
      artifactType: "application/vnd.example+json",
      config: { ...IMAGE_CONFIG, mediaType: "application/vnd.oci.empty.v1+json" },
      layers: [],
    });
    const [finding] = diagnosticsOf(text, "om.layers-nonempty");
    const fixed = JSON.parse(applyEdits(text, finding!.fix!.edits));
    expect(fixed.layers).toEqual([
      { mediaType: "application/vnd.oci.empty.v1+json", digest: EMPTY_DIGEST, size: 2 },
    ]);
  });

  it("accepts one layer", () => {
    expect(diagnosticsOf(manifest(), "om.layers-nonempty")).toEqual([]);
  });
});

describe("om.artifacttype-for-empty-config (R52)", () => {
  const emptyConfig = { mediaType: "application/vnd.oci.empty.v1+json", digest: EMPTY_DIGEST, size: 2 };

  it("reports an empty config without artifactType at the config's mediaType", () => {
    const text = manifest({ config: emptyConfig });
    expect(diagnosticsOf(text, "om.artifacttype-for-empty-config")).toMatchObject([
      {
        severity: "error",
        pointer: "/config/mediaType",
        range: rangeOf(text, '"application/vnd.oci.empty.v1+json"'),
      },
    ]);
  });

  it("accepts it with artifactType", () => {
    expect(
      diagnosticsOf(
        manifest({ config: emptyConfig, artifactType: "application/vnd.example" }),
        "om.artifacttype-for-empty-config",
      ),
    ).toEqual([]);
  });
});

describe("om.no-manifests (R53)", () => {
  it("reports manifests in a manifest, even empty, and the fix removes it (H8)", () => {
    const text = manifest({ manifests: [] });
    const [finding] = diagnosticsOf(text, "om.no-manifests");
    expect(finding).toMatchObject({
      severity: "error",
      pointer: "/manifests",
      range: rangeOf(text, '"manifests"'),
    });
    expect(JSON.parse(applyEdits(text, finding!.fix!.edits))).not.toHaveProperty("manifests");
  });

  it("reports a case variant, as Go binds it (H2), and an escaped name (H3)", () => {
    expect(diagnosticsOf(manifest({ Manifests: null }), "om.no-manifests")).toMatchObject([
      { pointer: "/Manifests" },
    ]);
    const escaped = manifest().replace('"layers"', '"\\u006danifests": [],\n  "layers"');
    const [finding] = diagnosticsOf(escaped, "om.no-manifests");
    expect(finding).toMatchObject({ pointer: "/manifests", range: rangeOf(escaped, '"\\u006danifests"') });
    expect(finding!.message).toContain("written");
  });

  it("applies to Docker schema 2 manifests too, and accepts a manifest without it", () => {
    const docker = manifest({
      mediaType: "application/vnd.docker.distribution.manifest.v2+json",
      manifests: [],
    });
    expect(diagnosticsOf(docker, "om.no-manifests")).toHaveLength(1);
    expect(diagnosticsOf(manifest(), "om.no-manifests")).toEqual([]);
  });
});

describe("om.schema1-fields (R54)", () => {
  it("reports history and FSLayers at their names", () => {
    const text = manifest({ history: [], FSLayers: [] });
    expect(diagnosticsOf(text, "om.schema1-fields").map((d) => [d.pointer, d.range])).toEqual([
      ["/history", rangeOf(text, '"history"')],
      ["/FSLayers", rangeOf(text, '"FSLayers"')],
    ]);
  });

  it("accepts a manifest without schema 1 members", () => {
    expect(diagnosticsOf(manifest(), "om.schema1-fields")).toEqual([]);
  });
});

describe("om.subject-descriptor (R55) and om.subject-target (R56)", () => {
  it("reports a string subject", () => {
    const text = manifest({ subject: "nope" });
    expect(diagnosticsOf(text, "om.subject-descriptor")).toMatchObject([
      { pointer: "/subject", range: rangeOf(text, '"nope"') },
    ]);
  });

  it("warns when the subject is not a manifest, and accepts one that is", () => {
    const layerSubject = manifest({ subject: GZIP_LAYER });
    const [finding] = diagnosticsOf(layerSubject, "om.subject-target");
    expect(finding).toMatchObject({ severity: "warning", pointer: "/subject/mediaType" });
    const good = manifest({ subject: { mediaType: OCI_MANIFEST, digest: DIGEST, size: 1 } });
    expect(diagnosticsOf(good, "om.subject-target")).toEqual([]);
    expect(diagnosticsOf(good, "om.subject-descriptor")).toEqual([]);
  });
});

describe("om.layer-mediatypes (R57) and om.config-opaque (R63): accepted, never reported", () => {
  it("accepts encrypted layers and an opaque config", () => {
    const text = manifest({
      artifactType: "application/vnd.example",
      config: { ...IMAGE_CONFIG, mediaType: "application/vnd.example.config" },
      layers: [{ ...GZIP_LAYER, mediaType: "application/vnd.oci.image.layer.v1.tar+gzip+encrypted" }],
    });
    const report = diagnosticsOf(text, "om.layer-mediatypes").concat(diagnosticsOf(text, "om.config-opaque"));
    expect(report).toEqual([]);
  });
});

describe("om.nondistributable (R58)", () => {
  it("reports a non-distributable layer type", () => {
    const type = "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip";
    const text = manifest({ layers: [{ ...GZIP_LAYER, mediaType: type }] });
    expect(diagnosticsOf(text, "om.nondistributable")).toMatchObject([
      { severity: "warning", pointer: "/layers/0/mediaType", range: rangeOf(text, JSON.stringify(type)) },
    ]);
  });

  it("accepts ordinary layers", () => {
    expect(diagnosticsOf(manifest(), "om.nondistributable")).toEqual([]);
  });
});

describe("om.docker-types-in-oci (R59)", () => {
  it("reports a Docker config type without a fix and a Docker gzip layer with one (H7)", () => {
    const text = manifest({
      config: { ...IMAGE_CONFIG, mediaType: "application/vnd.docker.container.image.v1+json" },
      layers: [{ ...GZIP_LAYER, mediaType: "application/vnd.docker.image.rootfs.diff.tar.gzip" }],
    });
    const [config, layer] = diagnosticsOf(text, "om.docker-types-in-oci");
    expect(config).toMatchObject({ pointer: "/config/mediaType" });
    expect(config!.fix).toBeUndefined();
    expect(layer).toMatchObject({ pointer: "/layers/0/mediaType" });
    expect(JSON.parse(applyEdits(text, layer!.fix!.edits)).layers[0].mediaType).toBe(GZIP_LAYER.mediaType);
  });

  it("accepts OCI types", () => {
    expect(diagnosticsOf(manifest(), "om.docker-types-in-oci")).toEqual([]);
  });
});

describe("om.empty-descriptor (R60)", () => {
  it("accepts the standard empty descriptor with data", () => {
    const empty = {
      mediaType: "application/vnd.oci.empty.v1+json",
      digest: EMPTY_DIGEST,
      size: 2,
      data: "e30=",
    };
    expect(diagnosticsOf(manifest({ layers: [empty] }), "om.empty-descriptor")).toEqual([]);
  });

  it("reports a wrong size and fixes it", () => {
    const text = manifest({
      layers: [{ mediaType: "application/vnd.oci.empty.v1+json", digest: EMPTY_DIGEST, size: 0 }],
    });
    const [finding] = diagnosticsOf(text, "om.empty-descriptor");
    expect(finding).toMatchObject({
      pointer: "/layers/0/size",
      range: rangeOf(text, "0", text.indexOf('"size": 0')),
    });
    expect(JSON.parse(applyEdits(text, finding!.fix!.edits)).layers[0].size).toBe(2);
  });
});

describe("om.zero-size-layer (R61)", () => {
  it("reports a zero-size layer", () => {
    const text = manifest({ layers: [{ ...GZIP_LAYER, size: 0 }] });
    expect(diagnosticsOf(text, "om.zero-size-layer")).toMatchObject([
      { severity: "warning", pointer: "/layers/0/size" },
    ]);
  });

  it("accepts non-empty layers", () => {
    expect(diagnosticsOf(manifest(), "om.zero-size-layer")).toEqual([]);
  });
});

describe("om.artifact-without-type (R62)", () => {
  it("reports an artifact config type without artifactType as info", () => {
    const text = manifest({ config: { ...IMAGE_CONFIG, mediaType: "application/vnd.example.config" } });
    const [finding] = diagnosticsOf(text, "om.artifact-without-type");
    expect(JSON.parse(applyEdits(text, finding!.fix!.edits)).artifactType).toBe(
      "application/vnd.example.config",
    );
    expect(diagnosticsOf(text, "om.artifact-without-type")).toMatchObject([
      {
        severity: "info",
        pointer: "/config/mediaType",
        range: rangeOf(text, '"application/vnd.example.config"'),
      },
    ]);
  });

  it("accepts an image, and an artifact with artifactType", () => {
    expect(diagnosticsOf(manifest(), "om.artifact-without-type")).toEqual([]);
    const artifact = manifest({
      artifactType: "application/vnd.example",
      config: { ...IMAGE_CONFIG, mediaType: "application/vnd.example.config" },
    });
    expect(diagnosticsOf(artifact, "om.artifact-without-type")).toEqual([]);
  });
});
