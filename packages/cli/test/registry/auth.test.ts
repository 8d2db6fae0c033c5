/**
 * Authentication against the real registry: htpasswd (basic) and token (Bearer, JWTs from a token service
 * started here), credentials from Docker's config.json (auths, credHelpers), and the failures users see.
 */
import bcrypt from "bcryptjs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient } from "../../src/registry/client.js";
import { runCli } from "../run-cli.js";
import { basicAuthEntry, writeCredentialHelper, writeDockerConfig } from "./harness/docker-config.js";
import { buildMultiArch, pushMultiArch } from "./harness/images.js";
import { startRegistry, type RunningRegistry } from "./harness/registry-server.js";
import { startTokenServer, type TokenServer } from "./harness/token-server.js";
import { allowRegistryTime } from "./harness/timeouts.js";

allowRegistryTime();

const PLATFORMS = [
  { os: "linux", architecture: "amd64" },
  { os: "linux", architecture: "arm64" },
];

describe("htpasswd registry", () => {
  let dir: string;
  let registry: RunningRegistry;
  let goodConfig: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ocilens-htpasswd-"));
    const htpasswd = join(dir, "htpasswd");
    await writeFile(htpasswd, `alice:${bcrypt.hashSync("s3cret", 5)}\n`);
    registry = await startRegistry({ htpasswd });
    goodConfig = await writeDockerConfig({ auths: { [registry.host]: basicAuthEntry("alice", "s3cret") } });
    const client = new RegistryClient(registry.host, registry.host, {
      plainHttp: true,
      env: { DOCKER_CONFIG: goodConfig },
    });
    await pushMultiArch(client, "private/app", "v1", await buildMultiArch(PLATFORMS));
  });
  afterAll(async () => {
    await registry?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("inspects with credentials from config.json auths", async () => {
    const result = await runCli(
      ["inspect", "--plain-http", `${registry.host}/private/app:v1`, "-f", "json"],
      {
        env: { DOCKER_CONFIG: goodConfig },
      },
    );
    expect(result.stderr).toContain("0 errors, 0 warnings, 0 infos in 5 files");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files).toHaveLength(5);
  });

  it("exits 2 and says how to log in when there are no credentials", async () => {
    const empty = await writeDockerConfig({});
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/private/app:v1`], {
      env: { DOCKER_CONFIG: empty },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/requires a username and password; run `docker login 127\.0\.0\.1:\d+`/);
    expect(result.stdout).toBe("");
  });

  it("exits 2 on a wrong password", async () => {
    const wrong = await writeDockerConfig({
      auths: { [`http://${registry.host}`]: basicAuthEntry("alice", "nope") },
    });
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/private/app:v1`], {
      env: { DOCKER_CONFIG: wrong },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refused to let us pull from private\/app \(HTTP 401/);
  });

  it("asks a docker-credential helper named in credHelpers", async () => {
    const helperDir = await writeCredentialHelper("ocilenstest", registry.host, "alice", "s3cret");
    const config = await writeDockerConfig({ credHelpers: { [registry.host]: "ocilenstest" } });
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/private/app:v1`], {
      env: { DOCKER_CONFIG: config, PATH: `${helperDir}${delimiter}${process.env.PATH}` },
    });
    expect(result.stderr).toContain("0 errors");
    expect(result.code).toBe(0);
  });

  it("falls back to credsStore", async () => {
    const helperDir = await writeCredentialHelper("ocilensstore", registry.host, "alice", "s3cret");
    const config = await writeDockerConfig({ credsStore: "ocilensstore" });
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/private/app:v1`], {
      env: { DOCKER_CONFIG: config, PATH: `${helperDir}${delimiter}${process.env.PATH}` },
    });
    expect(result.code).toBe(0);
  });
});

describe("token-authenticated registry", () => {
  let dir: string;
  let tokens: TokenServer;
  let registry: RunningRegistry;
  const users = { bob: "hunter2" };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ocilens-token-"));
    tokens = await startTokenServer(dir, users, { "refresh-abc": "bob" });
    registry = await startRegistry({
      token: {
        realm: tokens.realm,
        service: tokens.service,
        issuer: tokens.issuer,
        rootCertBundle: tokens.certPath,
      },
    });
    const config = await writeDockerConfig({ auths: { [registry.host]: basicAuthEntry("bob", "hunter2") } });
    const client = new RegistryClient(registry.host, registry.host, {
      plainHttp: true,
      env: { DOCKER_CONFIG: config },
    });
    await pushMultiArch(client, "team/app", "v1", await buildMultiArch(PLATFORMS, { attestations: true }));
  });
  afterAll(async () => {
    await registry?.stop();
    await tokens?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("gets a pull token for the repository with the user's password", async () => {
    tokens.requests.length = 0;
    const config = await writeDockerConfig({ auths: { [registry.host]: basicAuthEntry("bob", "hunter2") } });
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/team/app:v1`, "-f", "json"], {
      env: { DOCKER_CONFIG: config },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files).toHaveLength(9);
    // One token for the whole walk: the client reuses it for all nine documents.
    expect(tokens.requests).toEqual([{ user: "bob", scopes: ["repository:team/app:pull"] }]);
  });

  it("asks for pull on the source repository when mounting children into another", async () => {
    const config = await writeDockerConfig({ auths: { [registry.host]: basicAuthEntry("bob", "hunter2") } });
    tokens.requests.length = 0;
    const result = await runCli(
      ["index", "create", "--plain-http", `${registry.host}/team/release:v1`, `${registry.host}/team/app:v1`],
      { env: { DOCKER_CONFIG: config } },
    );
    expect(result.stderr).toContain("0 blobs copied");
    expect(result.code).toBe(0);
    const scopeSets = tokens.requests.map((request) => [...request.scopes].sort().join(" "));
    expect(scopeSets).toContain("repository:team/app:pull repository:team/release:pull,push");
    expect(tokens.requests.every((request) => request.user === "bob")).toBe(true);
  });

  it("exchanges an identity token from config.json for an access token", async () => {
    tokens.requests.length = 0;
    const config = await writeDockerConfig({
      auths: {
        [registry.host]: { auth: Buffer.from("<token>:").toString("base64"), identitytoken: "refresh-abc" },
      },
    });
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/team/app:v1`], {
      env: { DOCKER_CONFIG: config },
    });
    expect(result.code).toBe(0);
    expect(tokens.requests).toEqual([{ user: "bob", scopes: ["repository:team/app:pull"] }]);
  });

  it("exits 2 when the token service refuses the password", async () => {
    const config = await writeDockerConfig({ auths: { [registry.host]: basicAuthEntry("bob", "wrong") } });
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/team/app:v1`], {
      env: { DOCKER_CONFIG: config },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/token service http:\/\/127\.0\.0\.1:\d+ refused the credentials/);
  });

  it("exits 2 when anonymous access is refused", async () => {
    const result = await runCli(["inspect", "--plain-http", `${registry.host}/team/app:v1`], {
      env: { DOCKER_CONFIG: await writeDockerConfig({}) },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refused anonymous access/);
  });
});
