import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/rules/edits.js";
import { braceAfter, rangeOf } from "./support/locate.js";
import { diagnosticsOf } from "./validate-support.js";

const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const IMAGE = `sha256:${"a".repeat(64)}`;
const ATTESTATION = `sha256:${"b".repeat(64)}`;
const UNKNOWN = { architecture: "unknown", os: "unknown" };

const image = {
  mediaType: OCI_MANIFEST,
  digest: IMAGE,
  size: 500,
  platform: { architecture: "amd64", os: "linux" },
};

function attestationEntry(changes: Record<string, unknown> = {}, annotations: Record<string, string> = {}) {
  return {
    mediaType: OCI_MANIFEST,
    digest: ATTESTATION,
    size: 800,
    annotations: {
      "vnd.docker.reference.type": "attestation-manifest",
      "vnd.docker.reference.digest": IMAGE,
      ...annotations,
    },
    platform: UNKNOWN,
    ...changes,
  };
}

function index(...manifests: unknown[]): string {
  return JSON.stringify(
    { schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests },
    null,
    2,
  );
}

/** BuildKit's layout: the image first, then its attestation. */
const buildkit = index(image, attestationEntry());

describe("att.platform (R107)", () => {
  it("accepts BuildKit's unknown/unknown", () => {
    expect(diagnosticsOf(buildkit, "att.platform")).toEqual([]);
  });

  it("reports a real platform on an attestation entry, and the fix writes unknown/unknown (H19)", () => {
    const text = index(image, attestationEntry({ platform: { architecture: "amd64", os: "linux" } }));
    const [finding] = diagnosticsOf(text, "att.platform");
    expect(finding).toMatchObject({ severity: "warning", pointer: "/manifests/1/platform" });
    expect(finding!.range.start).toEqual(braceAfter(text, '"platform": {', text.indexOf(ATTESTATION)).start);
    expect(JSON.parse(applyEdits(text, finding!.fix!.edits)).manifests[1].platform).toEqual(UNKNOWN);
  });

  it("adds the platform to an attestation entry without one, in the entry's own layout", () => {
    const text = index(image, attestationEntry({ platform: undefined }));
    const [finding] = diagnosticsOf(text, "att.platform");
    expect(finding!.pointer).toBe("/manifests/1");
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(JSON.parse(fixed).manifests[1].platform).toEqual(UNKNOWN);
    expect(fixed).toContain(`\n      "platform": {"architecture":"unknown","os":"unknown"}\n`);
  });
});

describe("att.reference-digest (R108)", () => {
  it("accepts a reference to another entry", () => {
    expect(diagnosticsOf(buildkit, "att.reference-digest")).toEqual([]);
  });

  it("reports a digest that names no entry, and a malformed one", () => {
    const stray = `sha256:${"c".repeat(64)}`;
    const text = index(image, attestationEntry({}, { "vnd.docker.reference.digest": stray }));
    const [finding] = diagnosticsOf(text, "att.reference-digest");
    expect(finding).toMatchObject({
      pointer: "/manifests/1/annotations/vnd.docker.reference.digest",
      range: rangeOf(text, `"${stray}"`),
    });
    const malformed = index(image, attestationEntry({}, { "vnd.docker.reference.digest": "sha256:abc" }));
    expect(diagnosticsOf(malformed, "att.reference-digest")[0]!.message).toContain("not a valid digest");
  });

  it("reports a missing reference digest on the annotations", () => {
    const entry = attestationEntry();
    delete (entry.annotations as Record<string, string>)["vnd.docker.reference.digest"];
    const text = index(image, entry);
    expect(diagnosticsOf(text, "att.reference-digest")).toMatchObject([
      { pointer: "/manifests/1/annotations" },
    ]);
  });
});

describe("att.other-type (R109)", () => {
  it("reports another reference type as info", () => {
    const text = index(image, attestationEntry({}, { "vnd.docker.reference.type": "attestation_manifest" }));
    expect(diagnosticsOf(text, "att.other-type")).toMatchObject([
      {
        severity: "info",
        pointer: "/manifests/1/annotations/vnd.docker.reference.type",
        range: rangeOf(text, '"attestation_manifest"'),
      },
    ]);
  });

  it("accepts attestation-manifest", () => {
    expect(diagnosticsOf(buildkit, "att.other-type")).toEqual([]);
  });
});

describe("att.layout (R110)", () => {
  it("accepts BuildKit's order and annotated in-toto layers", () => {
    expect(diagnosticsOf(buildkit, "att.layout")).toEqual([]);
  });

  it("reports an image entry after an attestation", () => {
    const text = index(attestationEntry(), image);
    expect(diagnosticsOf(text, "att.layout")).toMatchObject([{ severity: "info", pointer: "/manifests/1" }]);
  });

  it("reports an in-toto layer without a predicate type", () => {
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: IMAGE, size: 100 },
      layers: [{ mediaType: "application/vnd.in-toto+json", digest: ATTESTATION, size: 1000 }],
    });
    expect(diagnosticsOf(manifest, "att.layout")).toMatchObject([{ pointer: "/layers/0" }]);
  });
});
