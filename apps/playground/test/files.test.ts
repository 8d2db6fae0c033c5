import { describe, expect, it } from "vitest";
import { openFiles, type PickedFile } from "../src/workspace/files.js";
import { uniqueName } from "../src/workspace/documents.js";

const file = (path: string, content: string | Uint8Array): PickedFile => ({
  path,
  bytes: typeof content === "string" ? new TextEncoder().encode(content) : content,
});

describe("opening files", () => {
  it("opens several files as documents, index first, with their exact text", () => {
    const opened = openFiles([
      file("b.json", "{}"),
      file("dir/index.json", '\ufeff{"manifests":[]}'),
      file("a.json", '{"x":"é"}\r\n'),
    ]);
    expect(opened.documents).toEqual([
      { name: "dir/index.json", text: '\ufeff{"manifests":[]}' },
      { name: "a.json", text: '{"x":"é"}\r\n' },
      { name: "b.json", text: "{}" },
    ]);
    expect(opened.skipped).toEqual([]);
  });

  it("takes an image layout's documents and leaves its layers out", () => {
    const layer = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00]);
    const opened = openFiles([
      file("img/oci-layout", '{"imageLayoutVersion":"1.0.0"}'),
      file("img/index.json", '{"schemaVersion":2}'),
      file("img/blobs/sha256/aaaa", '  {"schemaVersion":2}'),
      file("img/blobs/sha256/bbbb", layer),
      file("img/blobs/sha256/cccc", "plain text blob"),
    ]);
    expect(opened.documents.map((document) => document.name)).toEqual([
      "img/index.json",
      "img/blobs/sha256/aaaa",
      "img/oci-layout",
    ]);
    expect(opened.skipped).toEqual([
      { path: "img/blobs/sha256/bbbb", reason: "layer or other non-JSON blob" },
      { path: "img/blobs/sha256/cccc", reason: "layer or other non-JSON blob" },
    ]);
  });

  it("says why binary and non-UTF-8 files are left out", () => {
    const opened = openFiles([
      file("bin", new Uint8Array([0x7b, 0x00])),
      file("latin1.json", new Uint8Array([0x7b, 0xe9, 0x7d])),
    ]);
    expect(opened.documents).toEqual([]);
    expect(opened.skipped).toEqual([
      { path: "bin", reason: "binary file" },
      { path: "latin1.json", reason: "not UTF-8 text" },
    ]);
  });
});

describe("document names", () => {
  it("numbers a taken name before its extension", () => {
    expect(uniqueName("index.json", [])).toBe("index.json");
    expect(uniqueName("index.json", ["index.json", "index (2).json"])).toBe("index (3).json");
    expect(uniqueName("oci-layout", ["oci-layout"])).toBe("oci-layout (2)");
  });
});
