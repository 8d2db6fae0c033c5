/**
 * Starts the real distribution registry (Debian's /usr/bin/docker-registry) on 127.0.0.1 with a free port
 * and a temporary storage folder, optionally behind htpasswd or token authentication, and stops it again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:tls";
import { freePort } from "./free-port.js";

export const REGISTRY_BINARY = process.env.OCILENS_REGISTRY_BINARY ?? "/usr/bin/docker-registry";

/** A certificate and key for serving https (self-signed in tests). */
export type RegistryTls = { certificate: string; key: string };

export type RegistryAuth =
  | { htpasswd: string }
  | { token: { realm: string; service: string; issuer: string; rootCertBundle: string } };

export type RunningRegistry = {
  /** 127.0.0.1:PORT, usable as the registry part of a reference. */
  host: string;
  /** The registry's process (benchmarks read its CPU time). */
  pid: number;
  stop(): Promise<void>;
};

function configYaml(
  storage: string,
  addr: string,
  auth: RegistryAuth | undefined,
  tls: RegistryTls | undefined,
): string {
  const lines = [
    "version: 0.1",
    "log:",
    "  level: error",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${JSON.stringify(storage)}`,
    "  delete:",
    "    enabled: true",
    "http:",
    `  addr: ${addr}`,
  ];
  if (tls) {
    lines.push(
      "  tls:",
      `    certificate: ${JSON.stringify(tls.certificate)}`,
      `    key: ${JSON.stringify(tls.key)}`,
    );
  }
  if (auth && "htpasswd" in auth) {
    lines.push(
      "auth:",
      "  htpasswd:",
      "    realm: ocilens-test",
      `    path: ${JSON.stringify(auth.htpasswd)}`,
    );
  } else if (auth) {
    const { realm, service, issuer, rootCertBundle } = auth.token;
    lines.push(
      "auth:",
      "  token:",
      `    realm: ${JSON.stringify(realm)}`,
      `    service: ${JSON.stringify(service)}`,
      `    issuer: ${JSON.stringify(issuer)}`,
      `    rootcertbundle: ${JSON.stringify(rootCertBundle)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

async function waitForApi(
  host: string,
  child: ChildProcess,
  output: () => string,
  tls: boolean,
): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`docker-registry exited with ${child.exitCode}: ${output()}`);
    try {
      if (tls) {
        // A TLS handshake that completes is enough: the test's client decides whether to trust it.
        if (await tlsAnswers(host)) return;
      } else {
        const response = await fetch(`http://${host}/v2/`);
        await response.body?.cancel();
        if (response.status === 200 || response.status === 401) return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not answer /v2/ within 10 s: ${output()}`);
}

function tlsAnswers(host: string): Promise<boolean> {
  const [hostname, port] = host.split(":");
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), rejectUnauthorized: false }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

export async function startRegistry(auth?: RegistryAuth, tls?: RegistryTls): Promise<RunningRegistry> {
  const dir = await mkdtemp(join(tmpdir(), "ocilens-registry-"));
  const host = `127.0.0.1:${await freePort()}`;
  const config = join(dir, "config.yml");
  await writeFile(config, configYaml(join(dir, "storage"), host, auth, tls));
  const child = spawn(REGISTRY_BINARY, ["serve", config], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForApi(host, child, () => output, tls !== undefined);
  } catch (error) {
    await stop();
    throw error;
  }
  return { host, pid: child.pid!, stop };
}
