/** The offline twin of `index create`: sources from an OCI image layout, or from manifest and config files. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestOf } from "../../src/registry/client.js";
import { runCli } from "../run-cli.js";
import { buildImage, type Blob, type TestImage } from "./harness/images.js";
import { allowRegistryTime } from "./harness/timeouts.js";

allowRegistryTime();

let dir: string;
let layout: string;
let amd64: TestImage;
let arm: TestImage;

async function writeBlob(item: Blob): Promise<void> {
  await writeFile(join(layout, "blobs", "sha256", item.digest.slice("sha256:".length)), item.bytes);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ocilens-offline-"));
  layout = join(dir, "layout");
  await mkdir(join(layout, "blobs", "sha256"), { recursive: true });
  amd64 = await buildImage({ os: "linux", architecture: "amd64" });
  arm = await buildImage({ os: "linux", architecture: "arm", variant: "v7" });
  for (const image of [amd64, arm])
    for (const item of [image.manifest, image.config, ...image.layers]) await writeBlob(item);
  await writeFile(join(layout, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
  const entry = (image: TestImage, name: string) => ({
    mediaType: image.manifest.mediaType,
    digest: image.manifest.digest,
    size: image.manifest.bytes.length,
    annotations: { "org.opencontainers.image.ref.name": name },
  });
  await writeFile(
    join(layout, "index.json"),
    JSON.stringify({ schemaVersion: 2, manifests: [entry(amd64, "amd64"), entry(arm, "arm")] }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("index create --from-layout", () => {
  it("prints the index for - and leaves the layout alone", async () => {
    const before = await readFile(join(layout, "index.json"), "utf8");
    const result = await runCli([
      "index",
      "create",
      "--from-layout",
      layout,
      "-",
      "amd64",
      arm.manifest.digest,
    ]);
    expect(result.code).toBe(0);
    const index = JSON.parse(result.stdout);
    expect(index.manifests.map((entry: { platform: unknown }) => entry.platform)).toEqual([
      { architecture: "amd64", os: "linux" },
      { architecture: "arm", os: "linux", variant: "v7" },
    ]);
    expect(await readFile(join(layout, "index.json"), "utf8")).toBe(before);
  });

  it("writes the index into the layout under a ref name, and the layout stays valid", async () => {
    const result = await runCli(["index", "create", "--from-layout", layout, "multi", "amd64", "arm"]);
    expect(result.code).toBe(0);
    const digest = result.stdout.trim().split("@")[1]!;
    const blob = await readFile(join(layout, "blobs", "sha256", digest.slice("sha256:".length)));
    expect(digestOf(new Uint8Array(blob))).toBe(digest);
    const index = JSON.parse(await readFile(join(layout, "index.json"), "utf8"));
    expect(index.manifests.at(-1)).toEqual({
      mediaType: "application/vnd.oci.image.index.v1+json",
      digest,
      size: blob.length,
      annotations: { "org.opencontainers.image.ref.name": "multi" },
    });
    const again = await runCli(["index", "create", "--from-layout", layout, "multi", "arm"]);
    expect(again.code).toBe(0);
    const names = JSON.parse(await readFile(join(layout, "index.json"), "utf8")).manifests.map(
      (entry: { annotations: Record<string, string> }) =>
        entry.annotations["org.opencontainers.image.ref.name"],
    );
    expect(names).toEqual(["amd64", "arm", "multi"]);
    const validated = await runCli(["validate", layout, "--format", "json"]);
    expect(JSON.parse(validated.stdout).summary.errors).toBe(0);
  });

  it("names a selector the layout does not have", async () => {
    const result = await runCli(["index", "create", "--from-layout", layout, "-", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no manifest named "nope"');
  });
});

describe("index create from files", () => {
  it("assembles manifest files, taking platforms from the config files given with them", async () => {
    const files = join(dir, "files");
    await mkdir(files, { recursive: true });
    const paths = [];
    for (const [name, item] of [
      ["amd64.json", amd64.manifest],
      ["amd64-config.json", amd64.config],
      ["arm.json", arm.manifest],
      ["arm-config.json", arm.config],
    ] as const) {
      await writeFile(join(files, name), item.bytes);
      paths.push(join(files, name));
    }
    const result = await runCli(["index", "create", "--format", "docker", "-", ...paths]);
    expect(result.code).toBe(0);
    const index = JSON.parse(result.stdout);
    expect(index.mediaType).toBe("application/vnd.docker.distribution.manifest.list.v2+json");
    expect(index.manifests.map((entry: { digest: string }) => entry.digest)).toEqual([
      amd64.manifest.digest,
      arm.manifest.digest,
    ]);
    // Docker lists pointing at OCI manifests mix the two families: a warning, on stderr.
    expect(result.stderr).toContain("oi.mixed-families");
  });

  it("asks for a platform when the config is not among the files", async () => {
    const path = join(dir, "lonely.json");
    await writeFile(path, amd64.manifest.bytes);
    const missing = await runCli(["index", "create", "-", path]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none of the given files has digest sha256:/);
    const given = await runCli(["index", "create", "-", path, "--platform", `${path}=linux/amd64`]);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).manifests[0].platform).toEqual({ os: "linux", architecture: "amd64" });
  });
});
