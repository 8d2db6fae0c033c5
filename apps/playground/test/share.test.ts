import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import {
  decodeBase64Url,
  decodeShareFragment,
  encodeBase64Url,
  encodeShareFragment,
} from "../src/workspace/share.js";
import { EXAMPLES } from "../src/examples/index.js";

describe("share links", () => {
  it("restore every example workspace exactly, texts byte for byte", () => {
    for (const example of EXAMPLES) {
      const snapshot = { documents: example.documents, active: example.documents.length - 1 };
      const fragment = encodeShareFragment(snapshot);
      expect(fragment).toMatch(/^#w=[A-Za-z0-9_-]+$/);
      expect(decodeShareFragment(fragment)).toEqual(snapshot);
    }
  });

  it("keep a BOM, CRLF line ends, astral characters and an empty document", () => {
    const snapshot = {
      documents: [
        { name: "bom.json", text: '\ufeff{"a":1}\r\n' },
        { name: "emoji 🐳.json", text: '{"annotations":{"x":"🐳 \\u00e9"}}' },
        { name: "empty", text: "" },
      ],
      active: 1,
    };
    expect(decodeShareFragment(encodeShareFragment(snapshot))).toEqual(snapshot);
  });

  it("compress: a large, repetitive index gives a link far shorter than its text", () => {
    const entries = Array.from({ length: 500 }, (_, i) => ({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: `sha256:${i.toString(16).padStart(64, "0")}`,
      size: 1000 + i,
      platform: { os: "linux", architecture: "amd64" },
    }));
    const text = JSON.stringify({ schemaVersion: 2, manifests: entries }, null, 2);
    const fragment = encodeShareFragment({ documents: [{ name: "index.json", text }], active: 0 });
    expect(fragment.length).toBeLessThan(text.length / 5);
  });

  it("ignore fragments that are not share links", () => {
    expect(decodeShareFragment("")).toBeNull();
    expect(decodeShareFragment("#problems")).toBeNull();
  });

  it("explain damaged links instead of crashing", () => {
    expect(() => decodeShareFragment("#w=not*base64")).toThrow(/damaged/);
    expect(() => decodeShareFragment("#w=AAAA")).toThrow(/damaged/);
    const pack = (value: unknown) => `#w=${encodeBase64Url(deflateSync(strToU8(JSON.stringify(value))))}`;
    expect(() => decodeShareFragment(pack({ v: 9, d: [], a: 0 }))).toThrow(/version 9/);
    expect(() => decodeShareFragment(pack({ v: 1, d: [["a", 1]], a: 0 }))).toThrow(/name\/text pairs/);
  });

  it("clamp the shown document into the workspace", () => {
    const pack = (value: unknown) => `#w=${encodeBase64Url(deflateSync(strToU8(JSON.stringify(value))))}`;
    expect(decodeShareFragment(pack({ v: 1, d: [["a", "{}"]], a: 7 }))?.active).toBe(0);
  });

  it("base64url round-trips every byte value without padding", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const encoded = encodeBase64Url(bytes);
    expect(encoded).not.toMatch(/[+/=]/);
    expect(decodeBase64Url(encoded)).toEqual(bytes);
  });
});
