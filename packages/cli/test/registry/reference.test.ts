import { describe, expect, it } from "vitest";
import { parseReference, parseRepository, pinnedName } from "../../src/registry/reference.js";

describe("parseReference", () => {
  it.each([
    ["alpine", { registry: "docker.io", host: "registry-1.docker.io", repository: "library/alpine" }],
    ["alpine:3.20", { registry: "docker.io", repository: "library/alpine", tag: "3.20" }],
    ["user/app", { registry: "docker.io", repository: "user/app" }],
    ["index.docker.io/user/app:1", { registry: "docker.io", repository: "user/app", tag: "1" }],
    [
      "ghcr.io/org/team/app:v1.2",
      { registry: "ghcr.io", host: "ghcr.io", repository: "org/team/app", tag: "v1.2" },
    ],
    ["localhost:5000/app", { registry: "localhost:5000", host: "localhost:5000", repository: "app" }],
    ["localhost/app:dev", { registry: "localhost", repository: "app", tag: "dev" }],
    [
      "127.0.0.1:5000/a/b@sha256:" + "a".repeat(64),
      { registry: "127.0.0.1:5000", repository: "a/b", digest: "sha256:" + "a".repeat(64) },
    ],
    [
      "reg.example:443/app:tag@sha256:" + "b".repeat(64),
      { registry: "reg.example:443", repository: "app", tag: "tag", digest: "sha256:" + "b".repeat(64) },
    ],
  ])("%s", (input, expected) => {
    expect(parseReference(input)).toMatchObject(expected);
  });

  it.each([
    ["", /empty/],
    ["Alpine", /lowercase/],
    ["https://ghcr.io/a", /without a scheme/],
    ["app:bad/tag", /"app:bad" is not a registry host/],
    ["app@sha256", /not a digest/],
    ["app:" + "t".repeat(129), /not a valid tag/],
  ])("rejects %j", (input, message) => {
    expect(() => parseReference(input)).toThrow(message);
  });

  it("repositories take no tag", () => {
    expect(parseRepository("localhost:5000/app").repository).toBe("app");
    expect(() => parseRepository("localhost:5000/app:1")).toThrow(/only the repository/);
  });

  it("pins names by digest", () => {
    expect(pinnedName(parseReference("localhost:5000/app:1"), "sha256:00")).toBe(
      "localhost:5000/app@sha256:00",
    );
  });
});
