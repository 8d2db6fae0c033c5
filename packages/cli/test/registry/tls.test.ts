/** A registry served over https with a self-signed certificate: refused by default, --insecure, or trusted. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient } from "../../src/registry/client.js";
import { runCli } from "../run-cli.js";
import { makeCertificate } from "./harness/certificates.js";
import { buildMultiArch, pushMultiArch } from "./harness/images.js";
import { startRegistry, type RunningRegistry } from "./harness/registry-server.js";
import { allowRegistryTime } from "./harness/timeouts.js";

allowRegistryTime();

let dir: string;
let certPath: string;
let registry: RunningRegistry;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ocilens-tls-"));
  const certificate = makeCertificate(dir, "registry", { subjectAltName: "IP:127.0.0.1" });
  certPath = certificate.certPath;
  registry = await startRegistry(undefined, { certificate: certificate.certPath, key: certificate.keyPath });
  // The test process pushes with verification off; each test below decides for the CLI.
  const client = new RegistryClient(registry.host, registry.host, { transport: { insecure: true } });
  await pushMultiArch(
    client,
    "secure/app",
    "v1",
    await buildMultiArch([{ os: "linux", architecture: "amd64" }]),
  );
});
afterAll(async () => {
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("https registries", () => {
  it("refuses a certificate it cannot verify, with exit 2", async () => {
    const result = await runCli(["inspect", "--retries", "0", `${registry.host}/secure/app:v1`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/self[- ]signed certificate/);
  });

  it("accepts it with --insecure, also when the run starts from the code cache the first run wrote", async () => {
    // node:https is loaded on the first https request; code compiled from V8's cache must load it as well.
    for (let run = 0; run < 2; run++) {
      const result = await runCli(["inspect", "--insecure", `${registry.host}/secure/app:v1`, "-f", "json"]);
      expect(result.stderr).not.toMatch(/internal error|Warning/);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).summary.files).toBe(3);
    }
  });

  it("verifies it when the certificate is trusted (NODE_EXTRA_CA_CERTS)", async () => {
    const result = await runCli(["ls", `${registry.host}/secure/app`], {
      env: { NODE_EXTRA_CA_CERTS: certPath },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^v1\tsha256:/);
  });
});
