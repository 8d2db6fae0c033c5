import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/documents/document.js";
import { checkContentType, contentTypeEssence } from "../../src/rules/transport/content-type.js";

const index = `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.index.v1+json",
  "manifests": []
}`;

describe("R111 net.content-type", () => {
  it("accepts the document's own media type, parameters and case ignored", () => {
    const document = readDocument(index);
    expect(checkContentType(document, "application/vnd.oci.image.index.v1+json")).toBeUndefined();
    expect(
      checkContentType(document, "Application/VND.oci.image.index.v1+json; charset=utf-8"),
    ).toBeUndefined();
  });

  it("points at mediaType when the header names another type", () => {
    const finding = checkContentType(
      readDocument(index),
      "application/vnd.docker.distribution.manifest.list.v2+json",
    );
    expect(finding).toMatchObject({
      rule: "net.content-type",
      severity: "warning",
      pointer: "/mediaType",
      range: { start: { line: 3, column: 16 } },
    });
    expect(finding?.message).toMatch(
      /serves this document as application\/vnd\.docker.*mediaType is application\/vnd\.oci/,
    );
  });

  it("reports a missing header", () => {
    expect(checkContentType(readDocument(index), null)?.message).toMatch(/no Content-Type/);
  });

  it("has nothing to compare without a mediaType, or for configs", () => {
    expect(
      checkContentType(readDocument(`{"schemaVersion":2,"manifests":[]}`), "text/plain"),
    ).toBeUndefined();
    const config = readDocument(
      `{"mediaType":"x","architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}`,
      {
        expect: "oci-config",
      },
    );
    expect(checkContentType(config, "text/plain")).toBeUndefined();
  });

  it("takes the media type of a header", () => {
    expect(contentTypeEssence(" a/b ; q=1")).toBe("a/b");
    expect(contentTypeEssence("")).toBeNull();
    expect(contentTypeEssence(null)).toBeNull();
  });
});
