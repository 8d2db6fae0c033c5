import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../src/examples/index.js";

describe("built-in examples", () => {
  it("ship the seed documents byte for byte", () => {
    const ids = EXAMPLES.map((example) => example.id);
    expect(ids).toEqual(["mcr-hello-world", "docker-hello-world"]);
    const list = JSON.parse(EXAMPLES[0]!.text) as { manifests: { platform: { os: string } }[] };
    expect(list.manifests.map((entry) => entry.platform.os)).toEqual(["linux", "windows", "windows"]);
    // Docker's own serialization uses three-space indentation; ?raw must not reformat it.
    expect(EXAMPLES[1]!.text).toContain('\n   "schemaVersion": 2,');
  });
});
