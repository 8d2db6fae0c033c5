import { describe, expect, it } from "vitest";
import { diagnosticsOf, rangeOf, where } from "./validate-support.js";

const HEX64 = "0123456789abcdef".repeat(4);
const descriptorWith = (digest: string) =>
  `{"mediaType": "application/vnd.oci.image.config.v1+json", "size": 2, "digest": ${JSON.stringify(digest)}}`;
const configWithDiffIds = (...ids: string[]) =>
  `{"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": ${JSON.stringify(ids)}}}`;

/** The one diagnostic of `rule` for a descriptor with `digest`, or none: pointer and range asserted exactly. */
function expectDigestFinding(rule: string, digest: string, found: boolean) {
  const text = descriptorWith(digest);
  const expected = found ? [{ pointer: "/digest", range: rangeOf(text, JSON.stringify(digest)) }] : [];
  expect(where(diagnosticsOf(text, rule, { expect: "oci-descriptor" }))).toEqual(expected);
}

describe("digest.grammar (R8)", () => {
  it.each([
    `sha256:${HEX64}`,
    "sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564",
    "multihash+base58:QmRZ",
    "a.b_c-d:x=",
  ])("accepts %s", (digest) => expectDigestFinding("digest.grammar", digest, false));
  it.each([
    ["no algorithm", `:${HEX64}`, "algorithm is empty"],
    ["no encoded part", "sha256:", "encoded part is empty"],
    ["no colon", HEX64, "no ':'"],
    ["upper-case algorithm", `SHA256:${HEX64}`, "upper-case"],
    ["doubled separator", `sha256++b64u:${HEX64}`, "empty component"],
    ["a trailing newline", `sha256:${HEX64}\n`, "outside [a-zA-Z0-9=_-]"],
    ["empty", "", "no ':'"],
  ])("rejects a digest with %s", (_, digest, why) => {
    expectDigestFinding("digest.grammar", digest, true);
    expect(diagnosticsOf(descriptorWith(digest), "digest.grammar")[0]!.message).toContain(why);
  });
  it("checks a config's rootfs.diff_ids too", () => {
    const text = configWithDiffIds(`sha256:${HEX64}`, "nope");
    expect(where(diagnosticsOf(text, "digest.grammar"))).toEqual([
      { pointer: "/rootfs/diff_ids/1", range: rangeOf(text, '"nope"') },
    ]);
  });
});

describe("registered algorithms (R9–R11)", () => {
  it.each([
    ["digest.sha256", `sha256:${HEX64}`, `sha256:${HEX64.toUpperCase()}`],
    ["digest.sha256", `sha256:${HEX64}`, `sha256:${HEX64.slice(1)}`],
    ["digest.sha512", `sha512:${HEX64}${HEX64}`, `sha512:${HEX64}`],
    ["digest.blake3", `blake3:${HEX64}`, `blake3:${HEX64}00`],
  ])("%s accepts %s and rejects %s", (rule, good, bad) => {
    expectDigestFinding(rule, good, false);
    expectDigestFinding(rule, bad, true);
  });
  it("names the reason", () => {
    expect(
      diagnosticsOf(descriptorWith(`sha256:${HEX64.toUpperCase()}`), "digest.sha256")[0]!.message,
    ).toContain("upper-case");
    expect(diagnosticsOf(descriptorWith("sha256:abc"), "digest.sha256")[0]!.message).toContain(
      "3 hex digits",
    );
  });
});

describe("digest.unregistered (R12)", () => {
  it("is silent for registered algorithms", () =>
    expectDigestFinding("digest.unregistered", `sha512:${HEX64}${HEX64}`, false));
  it("warns for grammatical unregistered algorithms, without making the document invalid", () => {
    expectDigestFinding("digest.unregistered", "sha384:abc", true);
    expectDigestFinding("digest.unregistered", "sha256+b64u:LCa0a2j_xo", true);
    expect(diagnosticsOf(descriptorWith("sha384:abc"), "digest.unregistered")[0]!.severity).toBe("warning");
  });
});

describe("digest.non-sha256 (R13)", () => {
  it("is silent for sha256 and unregistered algorithms", () => {
    expectDigestFinding("digest.non-sha256", `sha256:${HEX64}`, false);
    expectDigestFinding("digest.non-sha256", "sha384:abc", false);
  });
  it("warns for sha512 and blake3", () => {
    expectDigestFinding("digest.non-sha256", `sha512:${HEX64}${HEX64}`, true);
    expectDigestFinding("digest.non-sha256", `blake3:${HEX64}`, true);
  });
});
