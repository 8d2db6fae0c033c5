import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../src/examples/index.js";
import { entryTree } from "../src/workspace/entries.js";

const index = (id: string) =>
  (JSON.parse(EXAMPLES.find((example) => example.id === id)!.documents[0]!.text) as { manifests: unknown[] })
    .manifests;

describe("index entry tree", () => {
  it("lists the seed list's three entries with digests, sizes and platforms", () => {
    const tree = entryTree(index("mcr-hello-world"));
    expect(tree.map((node) => [node.position, node.platform, node.size])).toEqual([
      [0, "linux/amd64", 524],
      [1, "windows(10.0.17134.706)/amd64", 1357],
      [2, "windows(10.0.17763.437)/amd64", 1046],
    ]);
    expect(tree[0]!.digest).toBe("sha256:92c7f9c92844bbbb5d0a101b22f7c2a7949e40f8ea90c8b3bc396879d95e899a");
  });

  it("folds attestation entries under the manifest they describe", () => {
    const tree = entryTree(index("attestations"));
    expect(
      tree.map((node) => [node.position, node.attestations.map((attestation) => attestation.position)]),
    ).toEqual([
      [0, [2]],
      [1, [3]],
    ]);
  });

  it("keeps an attestation of a manifest outside the index at the top level, and survives malformed entries", () => {
    const tree = entryTree([
      {
        annotations: {
          "vnd.docker.reference.type": "attestation-manifest",
          "vnd.docker.reference.digest": "sha256:x",
        },
      },
      null,
      { platform: { os: 1 }, size: "12" },
    ]);
    expect(tree.map((node) => [node.position, node.platform, node.size, node.attestations.length])).toEqual([
      [0, null, null, 0],
      [1, null, null, 0],
      [2, "(malformed platform)", null, 0],
    ]);
  });
});
