/**
 * `ocilens index create` against the real registry: sources in other repositories (mounted), index sources
 * with attestations, platform overrides, validation before push, dry runs, and a copy across registries.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient } from "../../src/registry/client.js";
import { runCli } from "../run-cli.js";
import {
  buildImage,
  buildIndexBlob,
  buildMultiArch,
  pushImage,
  pushMultiArch,
  type TestImage,
} from "./harness/images.js";
import { startRegistry, type RunningRegistry } from "./harness/registry-server.js";
import { allowRegistryTime } from "./harness/timeouts.js";

allowRegistryTime();

let registry: RunningRegistry;
let client: RegistryClient;
let amd64: TestImage;
let arm64: TestImage;

type IndexJson = {
  mediaType: string;
  manifests: Array<{
    mediaType: string;
    digest: string;
    size: number;
    platform?: Record<string, string>;
    annotations?: Record<string, string>;
  }>;
  annotations?: Record<string, string>;
};

async function fetchIndex(repository: string, tag: string): Promise<IndexJson> {
  return JSON.parse(new TextDecoder().decode((await client.getManifest(repository, tag)).bytes)) as IndexJson;
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient(registry.host, registry.host, { plainHttp: true });
  amd64 = await buildImage({ os: "linux", architecture: "amd64" });
  arm64 = await buildImage({ os: "linux", architecture: "arm64", variant: "v8" }, { docker: true });
  await pushImage(client, "src/amd64", amd64, "1.0");
  await pushImage(client, "src/arm64", arm64, "1.0");
});
afterAll(() => registry?.stop());

describe("index create from single-platform manifests", () => {
  it("mounts children from other repositories and takes platforms from the configs", async () => {
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      `${registry.host}/app/multi:1.0`,
      `${registry.host}/src/amd64:1.0`,
      `${registry.host}/src/arm64:1.0`,
      "--annotation",
      "org.opencontainers.image.version=1.0",
    ]);
    expect(result.stderr).toContain(
      "children: 0 already there, 4 blobs mounted, 0 blobs copied, 2 manifests pushed",
    );
    expect(result.code).toBe(0);
    const index = await fetchIndex("app/multi", "1.0");
    expect(result.stdout.trim()).toMatch(new RegExp(`^${registry.host}/app/multi@sha256:[a-f0-9]{64}$`));
    expect(index.manifests.map((entry) => [entry.digest, entry.mediaType, entry.platform])).toEqual([
      [amd64.manifest.digest, amd64.manifest.mediaType, { architecture: "amd64", os: "linux" }],
      [
        arm64.manifest.digest,
        arm64.manifest.mediaType,
        { architecture: "arm64", os: "linux", variant: "v8" },
      ],
    ]);
    expect(index.annotations).toEqual({ "org.opencontainers.image.version": "1.0" });
    // Everything the index names is now in the target repository.
    expect(await client.blobExists("app/multi", arm64.config.digest)).toBe(true);
    const inspected = await runCli([
      "inspect",
      "--plain-http",
      `${registry.host}/app/multi:1.0`,
      "-f",
      "json",
    ]);
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.stdout).summary).toMatchObject({ files: 5, errors: 0 });
  });

  it("writes a Docker manifest list with --format docker", async () => {
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      "--format",
      "docker",
      `${registry.host}/app/list:1`,
      `${registry.host}/src/arm64:1.0`,
    ]);
    expect(result.code).toBe(0);
    expect((await fetchIndex("app/list", "1")).mediaType).toBe(
      "application/vnd.docker.distribution.manifest.list.v2+json",
    );
  });

  it("warns when --platform contradicts the config, and still pushes", async () => {
    const source = `${registry.host}/src/amd64:1.0`;
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      `${registry.host}/app/override:1`,
      source,
      "--platform",
      `${source}=linux/arm64`,
    ]);
    expect(result.stderr).toContain(
      `--platform ${source}=linux/arm64 contradicts its config, which says linux/amd64`,
    );
    expect(result.code).toBe(0);
    expect((await fetchIndex("app/override", "1")).manifests[0]!.platform).toEqual({
      os: "linux",
      architecture: "arm64",
    });
  });

  it("prints the index and pushes nothing with --dry-run", async () => {
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      "--dry-run",
      `${registry.host}/app/dry:1`,
      `${registry.host}/src/amd64:1.0`,
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).manifests[0].digest).toBe(amd64.manifest.digest);
    expect(await client.headManifest("app/dry", "1")).toBeNull();
  });

  it("refuses a --platform for a source that is not given", async () => {
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      `${registry.host}/app/x:1`,
      `${registry.host}/src/amd64:1.0`,
      "--platform",
      "other=linux/arm64",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/SOURCE one of the sources/);
  });
});

describe("index create from indexes", () => {
  beforeAll(async () => {
    const built = await buildMultiArch(
      [
        { os: "linux", architecture: "amd64" },
        { os: "linux", architecture: "riscv64" },
      ],
      { attestations: true },
    );
    await pushMultiArch(client, "src/buildx", "v2", built);
  });

  it("carries entries and attestations over, next to a single manifest", async () => {
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      `${registry.host}/app/merged:v2`,
      `${registry.host}/src/buildx:v2`,
      `${registry.host}/src/arm64:1.0`,
    ]);
    expect(result.code).toBe(0);
    const index = await fetchIndex("app/merged", "v2");
    expect(index.manifests.map((entry) => entry.platform?.architecture)).toEqual([
      "amd64",
      "riscv64",
      "unknown",
      "unknown",
      "arm64",
    ]);
    expect(index.manifests[2]!.annotations?.["vnd.docker.reference.type"]).toBe("attestation-manifest");
  });

  it("leaves attestations out with --no-attestations", async () => {
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      "--no-attestations",
      `${registry.host}/app/slim:v2`,
      `${registry.host}/src/buildx:v2`,
    ]);
    expect(result.code).toBe(0);
    expect(
      (await fetchIndex("app/slim", "v2")).manifests.map((entry) => entry.platform?.architecture),
    ).toEqual(["amd64", "riscv64"]);
  });

  it("validates before pushing and pushes nothing invalid", async () => {
    const broken = buildIndexBlob([
      {
        mediaType: amd64.manifest.mediaType,
        digest: amd64.manifest.digest,
        size: amd64.manifest.bytes.length,
        platform: { os: "linux" } as never,
      },
    ]);
    await client.putManifest("src/amd64", "broken", broken.bytes, broken.mediaType);
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      "--report-format",
      "json",
      `${registry.host}/app/refused:1`,
      `${registry.host}/src/amd64:broken`,
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.files[0].diagnostics).toContainEqual(
      expect.objectContaining({
        rule: "platform.required",
        severity: "error",
        pointer: "/manifests/0/platform",
      }),
    );
    expect(result.stderr).toContain("nothing was pushed");
    expect(await client.headManifest("app/refused", "1")).toBeNull();
  });
});

describe("index create across registries", () => {
  let other: RunningRegistry;
  beforeAll(async () => {
    other = await startRegistry();
  });
  afterAll(() => other?.stop());

  it("copies children that live on another registry", async () => {
    const result = await runCli([
      "index",
      "create",
      "--plain-http",
      `${other.host}/mirror/app:1`,
      `${registry.host}/src/amd64:1.0`,
      `${registry.host}/src/arm64:1.0`,
    ]);
    expect(result.stderr).toContain("0 blobs mounted, 4 blobs copied, 2 manifests pushed");
    expect(result.code).toBe(0);
    const inspected = await runCli(["inspect", "--plain-http", `${other.host}/mirror/app:1`]);
    expect(inspected.code).toBe(0);
    expect(inspected.stdout).toContain("linux/arm64/v8");
  });
});
