/** `ocilens ls` against the real registry. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient } from "../../src/registry/client.js";
import { runCli } from "../run-cli.js";
import { buildImage, buildMultiArch, pushImage, pushMultiArch } from "./harness/images.js";
import { startRegistry, type RunningRegistry } from "./harness/registry-server.js";
import { allowRegistryTime } from "./harness/timeouts.js";

allowRegistryTime();

let registry: RunningRegistry;
let multiDigest: string;
let singleDigest: string;

beforeAll(async () => {
  registry = await startRegistry();
  const client = new RegistryClient(registry.host, registry.host, { plainHttp: true });
  const built = await buildMultiArch(
    [
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm", variant: "v7" },
    ],
    { attestations: true, docker: false },
  );
  await pushMultiArch(client, "lib/app", "multi", built);
  multiDigest = built.index.digest;
  const single = await buildImage({ os: "windows", architecture: "amd64" }, { docker: true });
  await pushImage(client, "lib/app", single, "win");
  singleDigest = single.manifest.digest;
});
afterAll(() => registry?.stop());

describe("ocilens ls", () => {
  it("lists tags with digests, media types and platforms as JSON", async () => {
    const result = await runCli(["ls", "--plain-http", `${registry.host}/lib/app`, "-f", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        tag: "multi",
        digest: multiDigest,
        mediaType: "application/vnd.oci.image.index.v1+json",
        platforms: ["linux/amd64", "linux/arm/v7"],
        attestations: 2,
      },
      {
        tag: "win",
        digest: singleDigest,
        mediaType: "application/vnd.docker.distribution.manifest.v2+json",
        platforms: ["windows/amd64"],
        attestations: 0,
      },
    ]);
  });

  it("prints one line per tag as text", async () => {
    const result = await runCli(["ls", "--plain-http", `${registry.host}/lib/app`]);
    expect(result.stdout.trim().split("\n")).toEqual([
      `multi\t${multiDigest}\tapplication/vnd.oci.image.index.v1+json\tlinux/amd64,linux/arm/v7 (+2 attestations)`,
      `win\t${singleDigest}\tapplication/vnd.docker.distribution.manifest.v2+json\twindows/amd64`,
    ]);
  });

  it("exits 2 for a repository the registry does not know", async () => {
    const result = await runCli(["ls", "--plain-http", `${registry.host}/lib/none`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/tags of 127\.0\.0\.1:\d+\/lib\/none: not found \(NAME_UNKNOWN/);
  });

  it("refuses a reference with a tag", async () => {
    const result = await runCli(["ls", "--plain-http", `${registry.host}/lib/app:multi`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("give only the repository");
  });
});
