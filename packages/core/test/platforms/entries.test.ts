import { describe, expect, it } from "vitest";
import {
  HAS_DIGEST,
  IS_ATTESTATION,
  IS_ZSTD,
  describedPositions,
  readIndex,
  readIndexView,
  windowsVersionOf,
} from "../../src/platforms/entries.js";
import { selectManifest } from "../../src/index.js";
import { attestation, DOCKER_LIST, index, platform as p, ZSTD } from "./fixtures.js";

describe("reading an index for the engines", () => {
  it("numbers distinct platforms, 0 for none, equal platforms alike", () => {
    const view = readIndex(index([p("linux/amd64"), null, p("linux/arm/v7"), p("linux/amd64")]));
    expect(view.entries.map((e) => e.platformId)).toEqual([1, 0, 2, 1]);
    expect(view.listKind).toBe("oci-index");
    expect(readIndex(index([], DOCKER_LIST)).listKind).toBe("docker-manifest-list");
  });

  it("tells platforms apart by every field, features included", () => {
    const view = readIndex(
      index([
        p("linux/amd64", { "os.features": ["a"] }),
        p("linux/amd64", { "os.features": ["b"] }),
        p("linux/amd64", { "os.version": "1" }),
        p("linux/amd64/v2"),
        p("linux/amd64"),
      ]),
    );
    expect(new Set(view.entries.map((e) => e.platformId)).size).toBe(5);
  });

  it("keeps malformed platforms as far as they make sense instead of failing", () => {
    const view = readIndex({
      manifests: [
        { platform: { os: "linux", architecture: 64, variant: ["v8"], "os.features": ["ok", 1] } },
        { platform: "linux/amd64" },
        "not a descriptor",
      ],
    });
    expect(view.entries[0]?.platform).toEqual({ os: "linux", architecture: "", "os.features": ["ok"] });
    expect(view.entries[1]?.platform).toBeNull();
    expect(view.entries[2]?.platform).toBeNull();
    const selection = selectManifest(
      { manifests: [{ platform: { os: "linux", architecture: 64 } }] },
      p("linux/amd64"),
    );
    expect(selection.candidates[0]?.matches).toBe(false);
  });

  it("recognises attestations and zstd instances by their annotations", () => {
    const view = readIndex(
      index([p("linux/amd64"), attestation(0), { platform: p("linux/amd64"), annotations: ZSTD }]),
    );
    expect(view.entries.map((e) => [e.attestation, e.describes !== null, e.zstd])).toEqual([
      [false, false, false],
      [true, true, false],
      [false, false, true],
    ]);
  });

  it("reads columns by position and tables by platform, the same facts the entry objects give", () => {
    const document = index([
      p("windows/amd64", { "os.version": "10.0.20348.1" }),
      attestation(0),
      { platform: p("linux/amd64"), annotations: ZSTD },
      p("windows/amd64", { "os.version": "10.0.20348.2" }),
      null,
    ]);
    const view = readIndexView(document);
    const { entries } = readIndex(document);
    expect([...view.platformIds]).toEqual(entries.map((e) => e.platformId));
    expect(entries.map((e) => view.baseIds[e.platformId])).toEqual(entries.map((e) => e.baseId));
    expect(entries.map((e) => windowsVersionOf(view, e.platformId))).toEqual(
      entries.map((e) => e.windowsVersion),
    );
    expect(view.osVersions[view.platformIds[3]!]).toBe("10.0.20348.2");
    expect(view.platforms[view.platformIds[2]!]).toEqual(p("linux/amd64"));
    expect([...view.flags]).toEqual([
      HAS_DIGEST,
      HAS_DIGEST | IS_ATTESTATION,
      HAS_DIGEST | IS_ZSTD,
      HAS_DIGEST,
      HAS_DIGEST,
    ]);
    expect(view.attestations).toEqual([1]);
    expect(view.describes).toEqual([entries[1]!.describes]);
    expect([...describedPositions(view)]).toEqual([0]);
  });

  it("finds the first manifest an attestation describes, never an attestation, and no digest that is not there", () => {
    const described = `sha256:${"0".repeat(64)}`;
    const view = readIndexView({
      manifests: [
        { ...attestationDescriptor(described), digest: described },
        // The same last characters, so the same fingerprint: compared, and passed over.
        { digest: `sha256:${"1".repeat(60)}0000` },
        { digest: described },
        { digest: described },
        attestationDescriptor(`sha256:${"f".repeat(64)}`),
        { digest: "" },
        {
          ...attestationDescriptor(described),
          annotations: { "vnd.docker.reference.type": "attestation-manifest" },
        },
      ],
    });
    expect(view.attestations).toEqual([0, 4, 6]);
    expect([...describedPositions(view)]).toEqual([2, -1, -1]);
  });
});

function attestationDescriptor(describes: string) {
  return {
    ...attestation(0),
    annotations: { ...attestation(0).annotations, "vnd.docker.reference.digest": describes },
  };
}
