import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/rules/edits.js";
import { rangeOf } from "./support/locate.js";
import { validateDocument } from "../src/index.js";
import { diagnosticsOf } from "./validate-support.js";

const DIGEST = `sha256:${"a".repeat(64)}`;
const ROOTFS = { type: "layers", diff_ids: [] };

/** An OCI image manifest with the given top-level annotations (and, optionally, layer annotations). */
function manifestWith(annotations: unknown, layerAnnotations?: unknown): string {
  const layer = {
    mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
    digest: DIGEST,
    size: 10,
    ...(layerAnnotations === undefined ? {} : { annotations: layerAnnotations }),
  };
  return JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: DIGEST, size: 2 },
      layers: [layer],
      annotations,
    },
    null,
    2,
  );
}

function indexWithEntryAnnotations(entry: unknown, own?: unknown): string {
  return JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [
        {
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          digest: DIGEST,
          size: 10,
          annotations: entry,
        },
      ],
      ...(own === undefined ? {} : { annotations: own }),
    },
    null,
    2,
  );
}

const CREATED = "org.opencontainers.image.created";
const REF_NAME = "org.opencontainers.image.ref.name";

describe("annot.string-map (R37)", () => {
  it("accepts string values, empty ones included", () => {
    expect(
      diagnosticsOf(manifestWith({ "com.example.a": "", "com.example.b": "x" }), "annot.string-map"),
    ).toEqual([]);
  });

  it("reports a number value and a non-object map", () => {
    const text = manifestWith({ "com.example.n": 42 }, ["x"]);
    const found = diagnosticsOf(text, "annot.string-map");
    expect(found.map((d) => [d.pointer, d.severity])).toEqual([
      ["/layers/0/annotations", "error"],
      ["/annotations/com.example.n", "error"],
    ]);
    expect(found[1]!.range).toEqual(rangeOf(text, "42"));
  });

  it("applies to config Labels, where null is allowed", () => {
    const config = (labels: unknown) =>
      JSON.stringify({
        architecture: "amd64",
        os: "linux",
        config: { Labels: labels },
        rootfs: { type: "layers", diff_ids: [] },
      });
    expect(diagnosticsOf(config(null), "annot.string-map", { expect: "oci-config" })).toEqual([]);
    expect(
      diagnosticsOf(config({ "com.example.x": true }), "annot.string-map", { expect: "oci-config" }),
    ).toMatchObject([{ pointer: "/config/Labels/com.example.x" }]);
  });
});

describe("annotation maps are reported once, as annot.string-map", () => {
  /** The rules of every error at `pointer`, in report order. */
  const errorsAt = (text: string, pointer: string, expect?: "oci-config" | "docker-config") =>
    validateDocument(text, expect ? { expect } : {})
      .diagnostics.filter((diagnostic) => diagnostic.pointer === pointer && diagnostic.severity === "error")
      .map((diagnostic) => diagnostic.rule);

  it("a descriptor's annotations that are not an object: not desc.field-types too", () => {
    const text = manifestWith({}, "x");
    expect(errorsAt(text, "/layers/0/annotations")).toEqual(["annot.string-map"]);
    const index = indexWithEntryAnnotations([]);
    expect(errorsAt(index, "/manifests/0/annotations")).toEqual(["annot.string-map"]);
    // Docker descriptors define no annotations (dm.oci-only-fields warns), but a map of the wrong type is
    // still reported under the annotation rule only, as the schema files it.
    const docker = JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.docker.distribution.manifest.v2+json",
      config: { mediaType: "application/vnd.docker.container.image.v1+json", digest: DIGEST, size: 2 },
      layers: [
        {
          mediaType: "application/vnd.docker.image.rootfs.diff.tar.gzip",
          digest: DIGEST,
          size: 1,
          annotations: 5,
        },
      ],
    });
    expect(errorsAt(docker, "/layers/0/annotations")).toEqual(["annot.string-map"]);
  });

  it("OCI config Labels, as a whole and per value: not oc.field-types too", () => {
    const config = (labels: unknown) =>
      JSON.stringify({ architecture: "amd64", os: "linux", config: { Labels: labels }, rootfs: ROOTFS });
    expect(errorsAt(config(5), "/config/Labels", "oci-config")).toEqual(["annot.string-map"]);
    expect(errorsAt(config({ "com.example.n": 1 }), "/config/Labels/com.example.n", "oci-config")).toEqual([
      "annot.string-map",
    ]);
  });

  it("Docker config Labels, which have no annotation rules, stay oc.field-types", () => {
    const config = (labels: unknown) =>
      JSON.stringify({ architecture: "amd64", os: "linux", config: { Labels: labels }, rootfs: ROOTFS });
    expect(errorsAt(config(5), "/config/Labels", "docker-config")).toEqual(["oc.field-types"]);
    expect(errorsAt(config({ "com.example.n": 1 }), "/config/Labels/com.example.n", "docker-config")).toEqual(
      ["oc.field-types"],
    );
  });
});

describe("annot.not-null (R38)", () => {
  it("accepts an empty map", () => {
    expect(diagnosticsOf(manifestWith({}), "annot.not-null")).toEqual([]);
  });

  it("reports null annotations (H11) and the fix writes {}", () => {
    const text = manifestWith(null);
    const [finding] = diagnosticsOf(text, "annot.not-null");
    expect(finding).toMatchObject({
      severity: "error",
      pointer: "/annotations",
      range: rangeOf(text, "null"),
    });
    expect(JSON.parse(applyEdits(text, finding!.fix!.edits)).annotations).toEqual({});
  });
});

describe("annot.reverse-domain (R39)", () => {
  it("accepts reverse-domain keys and domain/name keys", () => {
    const text = manifestWith({ "com.example.key": "1" }, { "in-toto.io/predicate-type": "x" });
    expect(diagnosticsOf(text, "annot.reverse-domain")).toEqual([]);
  });

  it("reports a bare key at its name", () => {
    const text = manifestWith({ version: "1" });
    const [finding] = diagnosticsOf(text, "annot.reverse-domain");
    expect(finding).toMatchObject({
      severity: "warning",
      pointer: "/annotations/version",
      range: rangeOf(text, '"version"'),
    });
  });
});

describe("annot.reserved-namespace (R40)", () => {
  it("accepts keys the image spec defines", () => {
    expect(
      diagnosticsOf(manifestWith({ [CREATED]: "2024-05-01T12:00:00Z" }), "annot.reserved-namespace"),
    ).toEqual([]);
  });

  it("leaves the spec example's typo oci.opencontainers.image.created alone: it is just a custom key (H16)", () => {
    expect(
      diagnosticsOf(manifestWith({ "oci.opencontainers.image.created": "x" }), "annot.reserved-namespace"),
    ).toEqual([]);
  });

  it("reports ocicrypt-style keys squatting on the namespace (H16)", () => {
    const key = "org.opencontainers.image.enc.keys.jwe";
    const text = manifestWith({}, { [key]: "x" });
    const [finding] = diagnosticsOf(text, "annot.reserved-namespace");
    expect(finding).toMatchObject({
      pointer: `/layers/0/annotations/${key}`,
      range: rangeOf(text, `"${key}"`),
    });
  });
});

describe("annot.created-rfc3339 (R41)", () => {
  it("accepts an RFC 3339 date-time with offset and fraction", () => {
    expect(
      diagnosticsOf(manifestWith({ [CREATED]: "2024-05-01T14:00:00.5+02:00" }), "annot.created-rfc3339"),
    ).toEqual([]);
  });

  it("reports a date without a time", () => {
    const text = manifestWith({ [CREATED]: "2024-05-01" });
    expect(diagnosticsOf(text, "annot.created-rfc3339")).toMatchObject([
      { pointer: `/annotations/${CREATED}`, range: rangeOf(text, '"2024-05-01"') },
    ]);
  });
});

describe("annot.refname-grammar (R42)", () => {
  it("accepts tags and references", () => {
    for (const name of ["v1.2.3", "example.com/app:1.0", "stable--old", "a@b+c"]) {
      expect(diagnosticsOf(indexWithEntryAnnotations({ [REF_NAME]: name }), "annot.refname-grammar")).toEqual(
        [],
      );
    }
  });

  it("reports an empty component, a space and a doubled separator", () => {
    for (const name of ["a//b", "my tag", "a..b"]) {
      const text = indexWithEntryAnnotations({ [REF_NAME]: name });
      expect(diagnosticsOf(text, "annot.refname-grammar")).toMatchObject([
        { pointer: `/manifests/0/annotations/${REF_NAME}`, range: rangeOf(text, JSON.stringify(name)) },
      ]);
    }
  });
});

describe("annot.refname-scope (R43)", () => {
  it("accepts ref.name on index entries", () => {
    expect(diagnosticsOf(indexWithEntryAnnotations({ [REF_NAME]: "v1" }), "annot.refname-scope")).toEqual([]);
  });

  it("reports ref.name on an index's own annotations and on a manifest", () => {
    const index = indexWithEntryAnnotations({}, { [REF_NAME]: "v1" });
    expect(diagnosticsOf(index, "annot.refname-scope")).toMatchObject([
      { severity: "info", pointer: `/annotations/${REF_NAME}` },
    ]);
    expect(diagnosticsOf(manifestWith({ [REF_NAME]: "v1" }), "annot.refname-scope")).toHaveLength(1);
  });
});

describe("annot.base-digest (R44)", () => {
  const BASE_DIGEST = "org.opencontainers.image.base.digest";
  const BASE_NAME = "org.opencontainers.image.base.name";

  it("accepts a valid digest and fully qualified names", () => {
    for (const name of ["docker.io/library/alpine:3.20", "localhost:5000/app", `ghcr.io/o/r@${DIGEST}`]) {
      const text = manifestWith({ [BASE_DIGEST]: DIGEST, [BASE_NAME]: name });
      expect(diagnosticsOf(text, "annot.base-digest")).toEqual([]);
    }
  });

  it("reports a short digest and a short name", () => {
    const text = manifestWith({ [BASE_DIGEST]: "sha256:abc", [BASE_NAME]: "alpine:3.20" });
    const found = diagnosticsOf(text, "annot.base-digest");
    expect(found.map((d) => d.pointer)).toEqual([`/annotations/${BASE_DIGEST}`, `/annotations/${BASE_NAME}`]);
    expect(found[0]!.range).toEqual(rangeOf(text, '"sha256:abc"'));
    expect(found[1]!.message).toContain("names no registry");
  });
});

describe("annot.other-predefined (R45)", () => {
  const SOURCE = "org.opencontainers.image.source";
  const LICENSES = "org.opencontainers.image.licenses";

  it("accepts a URL and SPDX expressions", () => {
    for (const licenses of [
      "Apache-2.0",
      "(MIT OR Apache-2.0) AND BSD-3-Clause",
      "GPL-2.0-only WITH Classpath-exception-2.0",
    ]) {
      const text = manifestWith({ [SOURCE]: "https://github.com/example/app", [LICENSES]: licenses });
      expect(diagnosticsOf(text, "annot.other-predefined")).toEqual([]);
    }
  });

  it("reports a relative source and a license list that is not an expression", () => {
    const text = manifestWith({ [SOURCE]: "github.com/example/app", [LICENSES]: "MIT, Apache-2.0" });
    const found = diagnosticsOf(text, "annot.other-predefined");
    expect(found.map((d) => [d.pointer, d.severity])).toEqual([
      [`/annotations/${SOURCE}`, "info"],
      [`/annotations/${LICENSES}`, "info"],
    ]);
    expect(found[1]!.range).toEqual(rangeOf(text, '"MIT, Apache-2.0"'));
  });
});
