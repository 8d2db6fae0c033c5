import { describe, expect, it } from "vitest";
import { readDocument } from "../src/index.js";
import { descriptorsOf } from "../src/documents/descriptors.js";
import { SHA256_A } from "./validate-support.js";

const decide = (text: string, expect?: string) => {
  const { kind, kindSource } = readDocument(text, { expect });
  return { kind, kindSource };
};

const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const descriptor = `{"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "${SHA256_A}", "size": 2}`;

describe("kind detection", () => {
  it("reads the kind from the document's own mediaType", () => {
    expect(decide(`{"schemaVersion": 2, "mediaType": "${OCI_MANIFEST}"}`)).toEqual({
      kind: "oci-manifest",
      kindSource: "mediaType",
    });
    expect(decide('{"mediaType": "application/vnd.docker.distribution.manifest.list.v2+json"}').kind).toBe(
      "docker-manifest-list",
    );
  });

  it("lets the caller's expectation win over the document, so rules can judge the disagreement", () => {
    expect(decide(`{"mediaType": "${OCI_MANIFEST}", "manifests": []}`, "oci-index")).toEqual({
      kind: "oci-index",
      kindSource: "expected",
    });
  });

  it("accepts a media type or a Content-Type (parameters ignored) as the expectation", () => {
    expect(decide("{}", "application/vnd.oci.image.index.v1+json; charset=utf-8")).toEqual({
      kind: "oci-index",
      kindSource: "expected",
    });
    expect(decide("{}", "application/vnd.oci.image.config.v1+json").kind).toBe("oci-config");
    // A media type that names no document kind (a layer) is no expectation: detection goes on.
    expect(decide(`{"mediaType": "${OCI_MANIFEST}"}`, "application/vnd.oci.image.layer.v1.tar").kind).toBe(
      "oci-manifest",
    );
  });

  it("detects schema 1 before anything else, even against an expectation", () => {
    expect(decide('{"schemaVersion": 1, "fsLayers": []}', "oci-manifest").kind).toBe("docker-schema1");
    expect(decide('{"mediaType": "application/vnd.docker.distribution.manifest.v1+prettyjws"}')).toEqual({
      kind: "docker-schema1",
      kindSource: "mediaType",
    });
    expect(decide('{"name": "x", "fsLayers": []}')).toEqual({ kind: "docker-schema1", kindSource: "shape" });
    // fsLayers in a document that claims v2 is a v2 document with a schema 1 member (om.schema1-fields).
    expect(decide(`{"schemaVersion": 2, "mediaType": "${OCI_MANIFEST}", "fsLayers": []}`).kind).toBe(
      "oci-manifest",
    );
  });

  it("guesses from the shape when nothing names the kind, and says so", () => {
    expect(decide('{"schemaVersion": 2, "manifests": []}')).toEqual({
      kind: "oci-index",
      kindSource: "shape",
    });
    expect(decide('{"schemaVersion": 2, "config": {}, "layers": []}')).toEqual({
      kind: "oci-manifest",
      kindSource: "shape",
    });
    expect(
      decide('{"config": {"mediaType": "application/vnd.docker.container.image.v1+json"}, "layers": []}')
        .kind,
    ).toBe("docker-manifest");
    expect(decide('{"architecture": "amd64", "os": "linux", "rootfs": {}}').kind).toBe("oci-config");
    expect(decide('{"architecture": "amd64", "docker_version": "1.12"}').kind).toBe("docker-config");
    expect(decide('{"imageLayoutVersion": "1.0.0"}').kind).toBe("oci-layout-header");
  });

  it("reads a standalone descriptor as a descriptor although its mediaType names the target", () => {
    expect(decide(descriptor)).toEqual({ kind: "oci-descriptor", kindSource: "shape" });
  });

  it("does not guess ambiguous or foreign documents", () => {
    expect(decide('{"manifests": [], "layers": []}')).toEqual({ kind: "unknown", kindSource: "none" });
    expect(decide("[]")).toEqual({ kind: "unknown", kindSource: "none" });
    expect(decide("not json")).toEqual({ kind: "unknown", kindSource: "none" });
  });
});

describe("descriptor walker", () => {
  it("yields config, layers, subject of a manifest with roles and pointers, skipping non-objects", () => {
    const document = readDocument(
      `{"mediaType": "${OCI_MANIFEST}", "config": ${descriptor}, "layers": [${descriptor}, "x", ${descriptor}], "subject": ${descriptor}}`,
    );
    expect(descriptorsOf(document).map(({ role, node, family }) => [role, node.pointer, family])).toEqual([
      ["config", "/config", "oci"],
      ["layer", "/layers/0", "oci"],
      ["layer", "/layers/2", "oci"],
      ["subject", "/subject", "oci"],
    ]);
  });

  it("yields index entries, Docker list entries and standalone descriptors", () => {
    const index = readDocument(`{"manifests": [${descriptor}]}`, { expect: "docker-manifest-list" });
    expect(descriptorsOf(index).map(({ role, node, family }) => [role, node.pointer, family])).toEqual([
      ["manifest", "/manifests/0", "docker"],
    ]);
    expect(descriptorsOf(readDocument(descriptor)).map(({ role, node }) => [role, node.pointer])).toEqual([
      ["descriptor", ""],
    ]);
    expect(descriptorsOf(readDocument('{"architecture": "amd64", "os": "linux", "rootfs": {}}'))).toEqual([]);
  });
});
