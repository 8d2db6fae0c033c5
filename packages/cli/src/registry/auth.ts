/**
 * Registry authentication (distribution's token spec): a 401 carries a `WWW-Authenticate` challenge; for
 * `Bearer` the client asks the challenge's realm for a token covering the scopes it needs (anonymously, with
 * basic credentials, or by exchanging an identity token), for `Basic` it sends the credentials directly.
 */
import type { Credentials } from "./credentials.js";
import { RegistryError } from "./errors.js";
import { send, type TransportOptions } from "./http.js";

export type Challenge = { scheme: "bearer" | "basic"; params: Record<string, string> };

const TOKEN_MAX_BYTES = 1 << 20;

/** Parses the first Bearer or Basic challenge of a `WWW-Authenticate` header. */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (header === null) return undefined;
  // Written so that no part can backtrack over another (a hostile registry chooses this header).
  const match = /^\s*(bearer|basic)\b(.*)$/is.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const param of match[2]!.matchAll(
    /(?:^|[\s,])([a-zA-Z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g,
  )) {
    params[param[1]!.toLowerCase()] = param[2] !== undefined ? param[2].replace(/\\(.)/g, "$1") : param[3]!;
  }
  return { scheme: match[1]!.toLowerCase() as Challenge["scheme"], params };
}

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
}

/** Asks the realm of a Bearer challenge for a token valid for `scopes`. */
export async function fetchToken(
  challenge: Challenge,
  scopes: readonly string[],
  credentials: Credentials | undefined,
  transport: TransportOptions,
): Promise<string> {
  const realm = challenge.params.realm;
  if (!realm) throw new RegistryError("unauthorized", "the registry's Bearer challenge names no realm");
  let realmUrl: URL;
  try {
    realmUrl = new URL(realm);
  } catch {
    throw new RegistryError("unauthorized", `the registry's token realm "${realm}" is not a URL`);
  }
  if (credentials?.kind === "registry-token") return credentials.token;

  const service = challenge.params.service;
  let response;
  if (credentials?.kind === "identity-token") {
    const form = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: credentials.token,
      client_id: "ocilens",
    });
    if (service) form.set("service", service);
    if (scopes.length > 0) form.set("scope", scopes.join(" "));
    response = await send(
      {
        method: "POST",
        url: realmUrl.href,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new TextEncoder().encode(form.toString()),
        maxBytes: TOKEN_MAX_BYTES,
      },
      transport,
    );
  } else {
    if (service) realmUrl.searchParams.set("service", service);
    for (const scope of scopes) realmUrl.searchParams.append("scope", scope);
    const headers: Record<string, string> = {};
    if (credentials?.kind === "basic")
      headers.authorization = basicHeader(credentials.username, credentials.password);
    response = await send(
      { method: "GET", url: realmUrl.href, headers, maxBytes: TOKEN_MAX_BYTES },
      transport,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new RegistryError(
      "unauthorized",
      `the token service ${realmUrl.origin} refused ${credentials ? "the credentials" : "anonymous access"} (HTTP ${response.status})`,
    );
  }
  if (response.status !== 200) {
    throw new RegistryError(
      "unreachable",
      `the token service ${realmUrl.origin} answered HTTP ${response.status}`,
    );
  }
  try {
    const parsed = JSON.parse(new TextDecoder().decode(response.body)) as {
      token?: unknown;
      access_token?: unknown;
    };
    const token = parsed.token ?? parsed.access_token;
    if (typeof token === "string" && token !== "") return token;
  } catch {
    // handled below
  }
  throw new RegistryError("unauthorized", `the token service ${realmUrl.origin} returned no token`);
}
