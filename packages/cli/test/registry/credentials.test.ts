/** Reading Docker's config.json the way docker, crane and skopeo write it. */
import { describe, expect, it } from "vitest";
import { lookupCredentials } from "../../src/registry/credentials.js";
import { basicAuthEntry, writeDockerConfig } from "./harness/docker-config.js";

async function lookup(config: unknown, registry: string) {
  return lookupCredentials(registry, { DOCKER_CONFIG: await writeDockerConfig(config), PATH: "" });
}

describe("lookupCredentials", () => {
  it("decodes base64 auth entries keyed by host or by URL", async () => {
    const config = { auths: { "https://reg.example:5000/v1/": basicAuthEntry("ann", "pa:ss") } };
    expect(await lookup(config, "reg.example:5000")).toEqual({
      kind: "basic",
      username: "ann",
      password: "pa:ss",
    });
    expect(await lookup(config, "other.example")).toBeUndefined();
  });

  it("finds Docker Hub credentials under the index.docker.io key", async () => {
    const config = { auths: { "https://index.docker.io/v1/": basicAuthEntry("hubuser", "token") } };
    expect(await lookup(config, "docker.io")).toMatchObject({ kind: "basic", username: "hubuser" });
  });

  it("reads separate username and password fields", async () => {
    expect(await lookup({ auths: { "ghcr.io": { username: "u", password: "p" } } }, "ghcr.io")).toEqual({
      kind: "basic",
      username: "u",
      password: "p",
    });
  });

  it("keeps identity and registry tokens apart from passwords", async () => {
    expect(
      await lookup(
        { auths: { "a.io": { auth: Buffer.from("u:").toString("base64"), identitytoken: "refresh" } } },
        "a.io",
      ),
    ).toEqual({
      kind: "identity-token",
      username: "u",
      token: "refresh",
    });
    expect(await lookup({ auths: { "b.io": { registrytoken: "bearer" } } }, "b.io")).toEqual({
      kind: "registry-token",
      token: "bearer",
    });
  });

  it("has nothing when the config is missing, empty, or names a helper that is not installed", async () => {
    expect(await lookupCredentials("a.io", { DOCKER_CONFIG: "/nonexistent" })).toBeUndefined();
    expect(await lookup({}, "a.io")).toBeUndefined();
    expect(await lookup({ credHelpers: { "a.io": "not-installed" } }, "a.io")).toBeUndefined();
  });
});
