/**
 * Credentials from Docker's config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), the file
 * `docker login`, crane, regctl and skopeo all share: `auths` entries (base64 `user:password`, separate
 * fields, identity or registry tokens), then `credHelpers[host]` or `credsStore` through the
 * `docker-credential-<name> get` protocol when that binary is on PATH.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

export type Credentials =
  | { kind: "basic"; username: string; password: string }
  /** An OAuth2 refresh token, exchanged at the token realm (`docker login` to some registries stores one). */
  | { kind: "identity-token"; username: string; token: string }
  /** A bearer token used as is. */
  | { kind: "registry-token"; token: string };

type AuthEntry = {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
};
type DockerConfig = {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
};

const HUB_KEYS = ["https://index.docker.io/v1/", "index.docker.io", "docker.io", "registry-1.docker.io"];

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG ?? join(homedir(), ".docker"), "config.json");
}

/** The host an `auths` key names: keys may be URLs (`https://host:5000/v1/`) or bare hosts. */
function hostOfKey(key: string): string {
  return key
    .replace(/^[a-z]+:\/\//i, "")
    .split("/", 1)[0]!
    .toLowerCase();
}

function keysFor(registry: string): string[] {
  return registry === "docker.io" ? HUB_KEYS : [registry];
}

function fromAuthEntry(entry: AuthEntry): Credentials | undefined {
  if (entry.registrytoken) return { kind: "registry-token", token: entry.registrytoken };
  let username = entry.username;
  let password = entry.password;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  if (entry.identitytoken)
    return { kind: "identity-token", username: username ?? "", token: entry.identitytoken };
  if (username !== undefined && password !== undefined && username !== "") {
    return { kind: "basic", username, password };
  }
  return undefined;
}

/** Runs `docker-credential-<helper> get`; a missing helper or "credentials not found" yields undefined. */
function fromHelper(helper: string, serverUrl: string): Promise<Credentials | undefined> {
  return new Promise((resolve) => {
    const child = spawn(`docker-credential-${helper}`, ["get"], { stdio: ["pipe", "pipe", "ignore"] });
    let output = "";
    const timer = setTimeout(() => child.kill(), 10_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) return resolve(undefined);
      try {
        const { Username, Secret } = JSON.parse(output) as { Username?: string; Secret?: string };
        if (!Secret) return resolve(undefined);
        // The helper protocol marks identity tokens with the username "<token>".
        resolve(
          Username === "<token>"
            ? { kind: "identity-token", username: "", token: Secret }
            : { kind: "basic", username: Username ?? "", password: Secret },
        );
      } catch {
        resolve(undefined);
      }
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(serverUrl);
  });
}

async function readConfig(path: string): Promise<DockerConfig | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as DockerConfig;
  } catch {
    return undefined;
  }
}

/** Credentials for `registry` (as written in references, docker.io for Hub), or undefined. */
export async function lookupCredentials(
  registry: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Credentials | undefined> {
  const config = await readConfig(dockerConfigPath(env));
  if (!config) return undefined;
  const wanted = keysFor(registry.toLowerCase());
  const helper = wanted.map((key) => config.credHelpers?.[key]).find((name) => name !== undefined);
  if (helper) return fromHelper(helper, registry === "docker.io" ? HUB_KEYS[0]! : registry);
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (wanted.includes(key) || wanted.includes(hostOfKey(key))) {
      const credentials = fromAuthEntry(entry);
      if (credentials) return credentials;
    }
  }
  if (config.credsStore)
    return fromHelper(config.credsStore, registry === "docker.io" ? HUB_KEYS[0]! : registry);
  return undefined;
}
