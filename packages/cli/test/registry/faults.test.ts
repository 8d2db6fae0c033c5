/**
 * Transport faults injected by a proxy in front of the real registry: retries on 5xx/429, truncated and
 * corrupted bodies, an oversized manifest, a stalled response, a redirect to another origin, and a
 * Content-Type that disagrees with the document (R111).
 */
import bcrypt from "bcryptjs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient } from "../../src/registry/client.js";
import { runCli } from "../run-cli.js";
import { basicAuthEntry, writeDockerConfig } from "./harness/docker-config.js";
import { startFaultProxy, type FaultProxy } from "./harness/fault-proxy.js";
import { buildMultiArch, pushMultiArch, type IndexEntry } from "./harness/images.js";
import { startRegistry, type RunningRegistry } from "./harness/registry-server.js";
import { allowRegistryTime } from "./harness/timeouts.js";

allowRegistryTime();

const FAST = ["--plain-http", "--timeout", "10", "--retries", "2"];

let registry: RunningRegistry;
let proxy: FaultProxy;
let entries: IndexEntry[];
let indexDigest: string;
let ref: string;

beforeAll(async () => {
  registry = await startRegistry();
  const client = new RegistryClient(registry.host, registry.host, { plainHttp: true });
  const built = await buildMultiArch([
    { os: "linux", architecture: "amd64" },
    { os: "linux", architecture: "arm64" },
  ]);
  await pushMultiArch(client, "faults/app", "v1", built);
  entries = built.entries;
  indexDigest = built.index.digest;
  proxy = await startFaultProxy(registry.host);
  ref = `${proxy.host}/faults/app:v1`;
});
afterEach(() => {
  proxy.faults.length = 0;
  proxy.seen.length = 0;
});
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

const childPath = (n: number) => new RegExp(`/manifests/${entries[n]!.image.manifest.digest}$`);
const configPath = (n: number) => new RegExp(`/blobs/${entries[n]!.image.config.digest}$`);

async function inspectJson(args: string[] = []) {
  const result = await runCli(["inspect", ...FAST, ref, "-f", "json", ...args]);
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe("retries", () => {
  it("retries a 500 and succeeds", async () => {
    proxy.faults.push({
      method: "GET",
      path: childPath(1),
      times: 1,
      action: { kind: "status", status: 500 },
    });
    const { code, report } = await inspectJson();
    expect(code).toBe(0);
    expect(report.summary.errors).toBe(0);
    expect(
      proxy.seen.filter((request) => childPath(1).test(request.path)).map((request) => request.fault),
    ).toEqual(["status", undefined]);
  });

  it("honours 429 with Retry-After", async () => {
    proxy.faults.push({
      method: "GET",
      path: configPath(0),
      times: 2,
      action: { kind: "status", status: 429, retryAfter: "0" },
    });
    const { code } = await inspectJson();
    expect(code).toBe(0);
    expect(proxy.seen.filter((request) => configPath(0).test(request.path))).toHaveLength(3);
  });

  it("gives up after the retries and exits 2 when the image itself cannot be fetched", async () => {
    proxy.faults.push({
      method: "GET",
      path: /\/manifests\/v1$/,
      times: Infinity,
      action: { kind: "status", status: 503 },
    });
    const result = await runCli(["inspect", ...FAST, ref]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest 127\.0\.0\.1:\d+\/faults\/app:v1: HTTP 503/);
    expect(proxy.seen).toHaveLength(3);
  });
});

describe("bodies that cannot be trusted", () => {
  it("retries a truncated body", async () => {
    proxy.faults.push({ method: "GET", path: configPath(1), times: 1, action: { kind: "truncate" } });
    const { code, report } = await inspectJson();
    expect(code).toBe(0);
    expect(report.summary.files).toBe(5);
  });

  it("reports a child whose body never arrives whole, and validates the rest", async () => {
    proxy.faults.push({ method: "GET", path: configPath(1), times: Infinity, action: { kind: "truncate" } });
    const { code, report } = await inspectJson();
    expect(code).toBe(1);
    const failed = report.files.find(
      (file: { digest: string }) => file.digest === entries[1]!.image.config.digest,
    );
    expect(failed.diagnostics[0]).toMatchObject({ rule: "net.fetch", severity: "error" });
    expect(failed.diagnostics[0].message).toMatch(
      /connection closed before the response was complete \(after 3 attempts\)/,
    );
    expect(report.files.filter((file: { valid: boolean }) => file.valid)).toHaveLength(4);
  });

  it("rejects a child whose bytes do not match the digest that named it", async () => {
    proxy.faults.push({ method: "GET", path: childPath(0), times: Infinity, action: { kind: "corrupt" } });
    const { code, report, stderr } = await inspectJson();
    expect(code).toBe(1);
    const failed = report.files.find(
      (file: { digest: string }) => file.digest === entries[0]!.image.manifest.digest,
    );
    expect(failed.diagnostics[0].rule).toBe("net.digest-mismatch");
    expect(failed.diagnostics[0].message).toContain(`not ${entries[0]!.image.manifest.digest}`);
    expect(stderr).toContain("1 error, 0 warnings");
  });

  it("rejects a tagged manifest whose bytes disagree with Docker-Content-Digest", async () => {
    proxy.faults.push({
      method: "GET",
      path: /\/manifests\/v1$/,
      times: Infinity,
      action: { kind: "corrupt" },
    });
    const result = await runCli(["inspect", ...FAST, ref]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Docker-Content-Digest says ${indexDigest}`);
  });

  it("stops reading a manifest past 4 MiB whatever the headers say", async () => {
    proxy.faults.push({
      method: "GET",
      path: /\/manifests\/v1$/,
      times: 1,
      action: { kind: "oversize", bytes: 64 * 1024 * 1024 },
    });
    const result = await runCli(["inspect", ...FAST, ref]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("larger than the 4 MiB manifest limit; stopped reading");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(proxy.oversizeWritten[0]).toBeLessThan(16 * 1024 * 1024);
  });

  it("ends a stalled response at the deadline and retries it", async () => {
    proxy.faults.push({ method: "GET", path: configPath(0), times: 1, action: { kind: "stall" } });
    const { code } = await inspectJson(["--timeout", "1.5"]);
    expect(code).toBe(0);
    expect(
      proxy.seen.filter((request) => configPath(0).test(request.path)).map((request) => request.fault),
    ).toEqual(["stall", undefined]);
  });

  it("reports a child that stalls on every attempt", async () => {
    proxy.faults.push({ method: "GET", path: configPath(0), times: Infinity, action: { kind: "stall" } });
    const { code, report } = await inspectJson(["--timeout", "1.5", "--retries", "1"]);
    expect(code).toBe(1);
    const failed = report.files.find(
      (file: { digest: string }) => file.digest === entries[0]!.image.config.digest,
    );
    expect(failed.diagnostics[0].message).toMatch(/stalled; gave up after 1500 ms \(after 2 attempts\)/);
  });
});

describe("children the registry does not have", () => {
  it("reports a dangling child as an error of the report and validates the rest", async () => {
    proxy.faults.push({
      method: "GET",
      path: childPath(1),
      times: Infinity,
      action: { kind: "status", status: 404 },
    });
    const { code, report } = await inspectJson();
    expect(code).toBe(1);
    const failed = report.files.find(
      (file: { digest: string }) => file.digest === entries[1]!.image.manifest.digest,
    );
    expect(failed).toMatchObject({
      kind: "unknown",
      valid: false,
      size: entries[1]!.image.manifest.bytes.length,
    });
    expect(failed.diagnostics[0].message).toMatch(/not found/);
    // Its config is never asked for; the other child and its config are still validated.
    expect(report.summary.files).toBe(4);
  });
});

describe("Content-Type (R111)", () => {
  it("warns when a manifest is served as another type", async () => {
    proxy.faults.push({
      method: "GET",
      path: childPath(1),
      times: Infinity,
      action: { kind: "content-type", value: "application/vnd.docker.distribution.manifest.v2+json" },
    });
    const { code, report } = await inspectJson();
    expect(code).toBe(0);
    const child = report.files.find(
      (file: { digest: string }) => file.digest === entries[1]!.image.manifest.digest,
    );
    expect(child.diagnostics).toEqual([
      expect.objectContaining({ rule: "net.content-type", severity: "warning", pointer: "/mediaType" }),
    ]);
    // The same finding through the CI formats, with the line of `mediaType` in the fetched manifest.
    const sarif = JSON.parse((await runCli(["inspect", ...FAST, ref, "-f", "sarif"])).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "net.content-type");
    expect(result.level).toBe("warning");
    expect(result.locations[0].physicalLocation.region.startLine).toBe(child.diagnostics[0].range.start.line);
    const github = await runCli(["inspect", ...FAST, ref, "-f", "github"]);
    expect(github.stdout).toMatch(/::warning .*title=net\.content-type/);
  });
});

describe("redirects", () => {
  let dir: string;
  let secured: RunningRegistry;
  let front: FaultProxy;
  let elsewhere: FaultProxy;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ocilens-redirect-"));
    await writeFile(join(dir, "htpasswd"), `carol:${bcrypt.hashSync("pw", 5)}\n`);
    secured = await startRegistry({ htpasswd: join(dir, "htpasswd") });
    const config = await writeDockerConfig({ auths: { [secured.host]: basicAuthEntry("carol", "pw") } });
    const client = new RegistryClient(secured.host, secured.host, {
      plainHttp: true,
      env: { DOCKER_CONFIG: config },
    });
    await pushMultiArch(
      client,
      "r/app",
      "v1",
      await buildMultiArch([{ os: "linux", architecture: "amd64" }]),
    );
    front = await startFaultProxy(secured.host);
    // Plays a blob store on another origin: it authenticates to the registry by itself, like a signed URL.
    elsewhere = await startFaultProxy(secured.host, {
      authorization: `Basic ${Buffer.from("carol:pw").toString("base64")}`,
    });
  });
  afterAll(async () => {
    await front?.stop();
    await elsewhere?.stop();
    await secured?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("follows a blob redirect to another origin without the credentials", async () => {
    front.faults.push({
      method: "GET",
      path: /\/blobs\//,
      times: Infinity,
      action: { kind: "redirect", to: `http://${elsewhere.host}` },
    });
    const config = await writeDockerConfig({ auths: { [front.host]: basicAuthEntry("carol", "pw") } });
    const result = await runCli(["inspect", ...FAST, `${front.host}/r/app:v1`], {
      env: { DOCKER_CONFIG: config },
    });
    expect(result.code).toBe(0);
    const redirected = front.seen.filter((request) => request.fault === "redirect");
    expect(redirected.length).toBeGreaterThan(0);
    expect(redirected.every((request) => request.authorization?.startsWith("Basic "))).toBe(true);
    expect(elsewhere.seen.map((request) => request.path)).toEqual(redirected.map((request) => request.path));
    expect(elsewhere.seen.every((request) => request.authorization === undefined)).toBe(true);
  });
});
