import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/rules/edits.js";
import { braceAfter, locate, rangeOf } from "./support/locate.js";
import { diagnosticsOf } from "./validate-support.js";

const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
const digest = (char: string) => `sha256:${char.repeat(64)}`;

type Entry = Record<string, unknown>;

function entry(char: string, platform?: Entry, extra: Entry = {}): Entry {
  return {
    mediaType: OCI_MANIFEST,
    digest: digest(char),
    size: 500,
    ...(platform ? { platform } : {}),
    ...extra,
  };
}

/** An index (OCI unless `mediaType` says otherwise), pretty-printed, with `changes` over its top level. */
function index(manifests: unknown, changes: Entry = {}): string {
  return JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests, ...changes }, null, 2);
}

const linux = (architecture: string, variant?: string): Entry => ({
  architecture,
  os: "linux",
  ...(variant ? { variant } : {}),
});

describe("oi.mediatype (R64)", () => {
  it("accepts the exact type", () => {
    expect(diagnosticsOf(index([]), "oi.mediatype")).toEqual([]);
  });

  it("reports a case variant with a fix", () => {
    const text = index([], { mediaType: "application/vnd.oci.image.INDEX.v1+json" });
    const [finding] = diagnosticsOf(text, "oi.mediatype", { expect: "oci-index" });
    expect(finding).toMatchObject({ severity: "error", pointer: "/mediaType" });
    expect(JSON.parse(applyEdits(text, finding!.fix!.edits)).mediaType).toBe(OCI_INDEX);
  });
});

describe("oi.manifests-required (R65) and oi.entry-descriptor (R66)", () => {
  it("accepts an empty manifests array", () => {
    expect(diagnosticsOf(index([]), "oi.manifests-required")).toEqual([]);
    expect(diagnosticsOf(index([]), "oi.entry-descriptor")).toEqual([]);
  });

  it("reports a null manifests and a string entry", () => {
    const nullManifests = index(null);
    expect(diagnosticsOf(nullManifests, "oi.manifests-required")).toMatchObject([
      { pointer: "/manifests", range: rangeOf(nullManifests, "null") },
    ]);
    const text = index([entry("a"), "sha256:abc"]);
    expect(diagnosticsOf(text, "oi.entry-descriptor")).toMatchObject([
      { severity: "error", pointer: "/manifests/1", range: rangeOf(text, '"sha256:abc"') },
    ]);
  });
});

describe("oi.no-config-layers (R67)", () => {
  it("reports layers and a case-variant Config, and the fix removes the member (H2, H8)", () => {
    const text = index([entry("a")], { layers: [], Config: {} });
    const found = diagnosticsOf(text, "oi.no-config-layers");
    expect(found.map((d) => [d.pointer, d.range])).toEqual([
      ["/layers", rangeOf(text, '"layers"')],
      ["/Config", rangeOf(text, '"Config"')],
    ]);
    expect(JSON.parse(applyEdits(text, found[0]!.fix!.edits))).not.toHaveProperty("layers");
  });

  it("reports config in a Docker manifest list, which distribution does not check (H18)", () => {
    const text = index([entry("a")], { mediaType: DOCKER_LIST, config: {} });
    expect(diagnosticsOf(text, "oi.no-config-layers")).toMatchObject([{ pointer: "/config" }]);
  });

  it("accepts an index without them", () => {
    expect(diagnosticsOf(index([entry("a")]), "oi.no-config-layers")).toEqual([]);
  });
});

describe("oi.unknown-entry-type (R68)", () => {
  it("never reports entries of unknown type", () => {
    const text = index([{ ...entry("a"), mediaType: "application/vnd.example.future+json" }]);
    expect(diagnosticsOf(text, "oi.unknown-entry-type")).toEqual([]);
  });
});

describe("oi.duplicate-platform (R69)", () => {
  it("reports arm next to arm/v7 and arm64 next to aarch64, after normalisation (H10)", () => {
    const text = index([
      entry("a", linux("arm", "v7")),
      entry("b", linux("arm64")),
      entry("c", linux("arm")),
      entry("d", linux("aarch64", "v8")),
    ]);
    const found = diagnosticsOf(text, "oi.duplicate-platform");
    expect(found.map((d) => d.pointer)).toEqual(["/manifests/2/platform", "/manifests/3/platform"]);
    const platformAt = text.indexOf('"platform"', text.indexOf(digest("c")));
    const closing = locate(text, "}", platformAt);
    expect(found[0]!.range).toEqual({
      start: braceAfter(text, '"platform": {', platformAt).start,
      end: { line: closing.line, column: closing.column + 1 },
    });
    expect(found[0]!.message).toContain("manifests[0]");
    expect(found[1]!.message).toContain("manifests[1]");
  });

  it("mentions the zstd annotation for podman's deliberate duplicates", () => {
    const zstd = { annotations: { "io.github.containers.compression.zstd": "true" } };
    const text = index([entry("a", linux("amd64")), entry("b", linux("amd64"), zstd)]);
    const [finding] = diagnosticsOf(text, "oi.duplicate-platform");
    expect(finding!.message).toContain("io.github.containers.compression.zstd");
  });

  it("accepts distinct platforms, different Windows builds and attestation entries", () => {
    const windows = (build: string) => ({
      architecture: "amd64",
      os: "windows",
      "os.version": `10.0.${build}.1`,
    });
    const attestation = {
      annotations: {
        "vnd.docker.reference.type": "attestation-manifest",
        "vnd.docker.reference.digest": digest("a"),
      },
    };
    const text = index([
      entry("a", linux("amd64")),
      entry("b", linux("amd64", "v3")),
      entry("c", windows("17763")),
      entry("d", windows("20348")),
      entry("e", { architecture: "unknown", os: "unknown" }, attestation),
      entry("f", { architecture: "unknown", os: "unknown" }, attestation),
    ]);
    expect(diagnosticsOf(text, "oi.duplicate-platform")).toEqual([]);
  });
});

describe("oi.mixed-families (R70)", () => {
  it("reports a Docker manifest in an OCI index (H7)", () => {
    const text = index([entry("a"), { ...entry("b"), mediaType: DOCKER_MANIFEST }]);
    expect(diagnosticsOf(text, "oi.mixed-families")).toMatchObject([
      {
        severity: "warning",
        pointer: "/manifests/1/mediaType",
        range: rangeOf(text, JSON.stringify(DOCKER_MANIFEST)),
      },
    ]);
  });

  it("reports an OCI manifest in a Docker list, and accepts a list of Docker manifests", () => {
    const list = index([{ ...entry("a"), mediaType: DOCKER_MANIFEST }, entry("b")], {
      mediaType: DOCKER_LIST,
    });
    expect(diagnosticsOf(list, "oi.mixed-families")).toMatchObject([{ pointer: "/manifests/1/mediaType" }]);
    const pure = index([{ ...entry("a"), mediaType: DOCKER_MANIFEST }], { mediaType: DOCKER_LIST });
    expect(diagnosticsOf(pure, "oi.mixed-families")).toEqual([]);
  });
});

describe("oi.same-digest-different-type (R71)", () => {
  it("reports one digest listed as a manifest and as an index (H8)", () => {
    const text = index([entry("a", linux("amd64")), { ...entry("a"), mediaType: OCI_INDEX }]);
    const [finding] = diagnosticsOf(text, "oi.same-digest-different-type");
    expect(finding).toMatchObject({
      pointer: "/manifests/1/mediaType",
      range: rangeOf(text, `"${OCI_INDEX}"`, text.indexOf('"manifests"')),
    });
  });

  it("accepts the same digest twice with the same type", () => {
    const text = index([entry("a", linux("amd64")), entry("a", linux("arm64"))]);
    expect(diagnosticsOf(text, "oi.same-digest-different-type")).toEqual([]);
  });
});

describe("CVE-2021-41190: one blob, two readings (H8)", () => {
  it("rejects a blob with both manifests and layers whichever way it is read", () => {
    const blob = JSON.stringify(
      {
        schemaVersion: 2,
        config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: digest("c"), size: 2 },
        layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: digest("d"), size: 3 }],
        manifests: [entry("a", linux("amd64"))],
      },
      null,
      2,
    );
    expect(diagnosticsOf(blob, "om.no-manifests", { expect: "oci-manifest" })).toMatchObject([
      { severity: "error", pointer: "/manifests" },
    ]);
    expect(diagnosticsOf(blob, "oi.no-config-layers", { expect: "oci-index" }).map((d) => d.pointer)).toEqual(
      ["/config", "/layers"],
    );
  });
});
