/** Writes a Docker config.json (and optionally a docker-credential-<name> helper) into a temp folder. */
import { chmod, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function writeDockerConfig(config: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ocilens-docker-config-"));
  await writeFile(join(dir, "config.json"), JSON.stringify(config));
  return dir;
}

export function basicAuthEntry(username: string, password: string): { auth: string } {
  return { auth: Buffer.from(`${username}:${password}`).toString("base64") };
}

/**
 * A credential helper speaking the docker-credential protocol: `get` reads the server URL on stdin and
 * prints {ServerURL, Username, Secret}. Returns the folder to put on PATH.
 */
export async function writeCredentialHelper(
  name: string,
  server: string,
  username: string,
  secret: string,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ocilens-cred-helper-"));
  await mkdir(dir, { recursive: true });
  const script = join(dir, `docker-credential-${name}`);
  const answer = JSON.stringify({ ServerURL: server, Username: username, Secret: secret });
  await writeFile(
    script,
    `#!/bin/sh\n[ "$1" = get ] || exit 1\nread server\n[ "$server" = "${server}" ] || { echo "credentials not found in native keychain"; exit 1; }\necho '${answer}'\n`,
  );
  await chmod(script, 0o755);
  return dir;
}
