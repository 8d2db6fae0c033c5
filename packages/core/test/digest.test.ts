import { describe, expect, it } from "vitest";
import { createHasher, digestBytes, digestBytesSync } from "../src/index.js";

const encode = (text: string) => new TextEncoder().encode(text);

// Known answers from FIPS 180-4 examples and `printf abc | sha256sum`.
const ABC_SHA256 = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const EMPTY_SHA256 = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const ABC_SHA512 =
  "sha512:ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";

describe("digests over exact bytes", () => {
  it("matches the FIPS 180-4 known answers in all three paths", async () => {
    expect(await digestBytes(encode("abc"))).toBe(ABC_SHA256);
    expect(digestBytesSync(encode("abc"))).toBe(ABC_SHA256);
    expect(await digestBytes(encode("abc"), "sha512")).toBe(ABC_SHA512);
    const hasher = createHasher("sha512");
    hasher.update(encode("a"));
    hasher.update(encode("bc"));
    expect(hasher.digest()).toBe(ABC_SHA512);
  });

  it("hashes the empty input", async () => {
    expect(await digestBytes(new Uint8Array())).toBe(EMPTY_SHA256);
    expect(createHasher().digest()).toBe(EMPTY_SHA256);
  });

  it("gives the same answer for any chunking of a large buffer", async () => {
    const data = new Uint8Array(1_000_003).map((_, i) => (i * 31 + 7) & 0xff);
    const whole = await digestBytes(data);
    const hasher = createHasher();
    for (let offset = 0; offset < data.length; offset += 65_537)
      hasher.update(data.subarray(offset, offset + 65_537));
    expect(hasher.digest()).toBe(whole);
    expect(digestBytesSync(data)).toBe(whole);
  });

  it("never normalizes: pretty, minified, CRLF and BOM variants differ", () => {
    const variants = ['{\n  "a": 1\n}', '{"a":1}', '{\r\n  "a": 1\r\n}', '\ufeff{"a":1}'];
    const digests = new Set(variants.map((text) => digestBytesSync(encode(text))));
    expect(digests.size).toBe(4);
  });
});

describe("environment", () => {
  it("runs where the project says it runs", () => {
    const inBrowser =
      typeof navigator !== "undefined" && /HeadlessChrome|Chromium|Chrome/.test(navigator.userAgent);
    const nodeProcess = (globalThis as { process?: { versions?: { node?: string } } }).process;
    const inNode = typeof nodeProcess?.versions?.node === "string";
    // Exactly one of the two holds: the browser project really runs in Chromium, the node project in Node.
    expect(inBrowser !== inNode).toBe(true);
    if (inBrowser) expect(navigator.userAgent).toMatch(/HeadlessChrome/);
  });
});
