/** The client against the real distribution registry: push, pull, verify, mount, list. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient } from "../../src/registry/client.js";
import { RegistryError } from "../../src/registry/errors.js";
import { buildImage, buildMultiArch, pushImage, pushMultiArch } from "./harness/images.js";
import { startRegistry, type RunningRegistry } from "./harness/registry-server.js";
import { allowRegistryTime } from "./harness/timeouts.js";

allowRegistryTime();

let registry: RunningRegistry;
let client: RegistryClient;

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient(registry.host, registry.host, { plainHttp: true });
});
afterAll(() => registry?.stop());

describe("registry client", () => {
  it("pushes a multi-arch image and reads every document back byte for byte", async () => {
    const built = await buildMultiArch([
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm64" },
    ]);
    await pushMultiArch(client, "client/multi", "v1", built);
    const index = await client.getManifest("client/multi", "v1");
    expect(index.digest).toBe(built.index.digest);
    expect(Buffer.from(index.bytes).equals(Buffer.from(built.index.bytes))).toBe(true);
    expect(index.contentType).toBe(built.index.mediaType);
    for (const { image } of built.entries) {
      const manifest = await client.getManifest("client/multi", image.manifest.digest);
      expect(manifest.digest).toBe(image.manifest.digest);
      const config = await client.getBlob("client/multi", image.config.digest);
      expect(Buffer.from(config.bytes).equals(Buffer.from(image.config.bytes))).toBe(true);
    }
  });

  it("reports a missing manifest as not found", async () => {
    const error = await client.getManifest("client/multi", "nope").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).kind).toBe("not-found");
    expect((error as RegistryError).codes).toContain("MANIFEST_UNKNOWN");
  });

  it("mounts blobs across repositories instead of uploading them", async () => {
    const image = await buildImage({ os: "linux", architecture: "s390x" });
    await pushImage(client, "client/source", image, "s390x");
    let fallbackCalls = 0;
    const results = [];
    for (const item of [image.config, ...image.layers]) {
      results.push(
        await client.mountBlob("client/target", item.digest, "client/source", async () => {
          fallbackCalls++;
          return item.bytes;
        }),
      );
    }
    expect(results).toEqual(["mounted", "mounted"]);
    expect(fallbackCalls).toBe(0);
    expect(await client.blobExists("client/target", image.config.digest)).toBe(true);
    expect(
      await client.mountBlob(
        "client/target",
        image.config.digest,
        "client/source",
        async () => image.config.bytes,
      ),
    ).toBe("present");
  });

  it("lists tags across Link pages", async () => {
    const image = await buildImage({ os: "linux", architecture: "ppc64le" });
    const tags = Array.from({ length: 7 }, (_, n) => `t${n}`);
    for (const tag of tags) await pushImage(client, "client/tags", image, tag);
    // A page size smaller than the tag count makes the registry send Link headers.
    expect((await client.listTags("client/tags", 3)).sort()).toEqual(tags);
  });
});
