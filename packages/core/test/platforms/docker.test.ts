import { describe, expect, it } from "vitest";
import { selectManifest } from "../../src/index.js";
import { attestation, index, platform as p } from "./fixtures.js";

describe("docker: containerd Only, with the CPU's amd64 level as the host platform", () => {
  const levels = index([p("linux/amd64"), p("linux/amd64/v2"), p("linux/amd64/v3")]);

  it("on an x86-64-v3 machine takes amd64/v3, where containerd's DefaultSpec stays at v1", () => {
    expect(selectManifest(levels, p("linux/amd64/v3"), { engine: "docker", implicit: true }).selected).toBe(
      2,
    );
    expect(
      selectManifest(levels, p("linux/amd64/v3"), { engine: "containerd", implicit: true }).selected,
    ).toBe(0);
  });

  it("with an explicit --platform linux/amd64 gets only v1 (and 386)", () => {
    const onlyV3 = index([p("linux/amd64/v3")]);
    expect(selectManifest(onlyV3, p("linux/amd64"), { engine: "docker" }).selected).toBeNull();
    expect(selectManifest(levels, p("linux/amd64"), { engine: "docker" }).selected).toBe(0);
  });

  it("says where the graphdriver store and docker run would differ", () => {
    const windows = p("windows/amd64", { "os.version": "10.0.20348.1" });
    const w = selectManifest(index([windows]), windows, { engine: "docker" });
    expect(w.candidates[0]?.reason).toMatch(/classic graphdriver store/);
    const arm = selectManifest(index([p("linux/arm")]), p("linux/arm/v6"), { engine: "docker" });
    expect(arm.selected).toBeNull();
    expect(arm.candidates[0]?.reason).toMatch(/docker run --platform/);
  });

  it("mentions that attestations are fetched alongside", () => {
    const selection = selectManifest(index([p("linux/amd64"), attestation(0)]), p("linux/amd64"), {
      engine: "docker",
    });
    expect(selection.candidates[1]?.reason).toBe(
      "attestation manifest of position 0: never a runnable platform (Docker fetches it alongside the manifest it describes)",
    );
  });
});

describe("containerd-strict: the normalized host only", () => {
  it("accepts other spellings of the host but nothing below it", () => {
    const entries = index([p("linux/arm/v6"), p("linux/armhf")]);
    const selection = selectManifest(entries, p("linux/arm/v7"), { engine: "containerd-strict" });
    expect(selection.selected).toBe(1);
    expect(selection.candidates[0]?.reason).toMatch(
      /2nd on containerd's fallback list for arm\/v7, but this matcher accepts only arm\/v7 itself/,
    );
    expect(
      selectManifest(index([p("linux/amd64/v3")]), p("linux/amd64"), { engine: "containerd-strict" })
        .selected,
    ).toBeNull();
  });
});
