/**
 * A token service for the registry's `auth.token` mode: RS256 JWTs signed with a key made by openssl in the
 * test, carrying the x5c chain the registry verifies against its rootcertbundle. Grants every requested
 * action (to a user with the right password, or to anyone when no users are configured) and records what
 * was asked.
 */
import { createPrivateKey, randomUUID, sign, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { makeCertificate } from "./certificates.js";

export type TokenServer = {
  realm: string;
  service: string;
  issuer: string;
  certPath: string;
  requests: Array<{ user: string | undefined; scopes: string[] }>;
  stop(): Promise<void>;
};

const base64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

function accessOf(scopes: string[]) {
  return scopes.flatMap((scope) => {
    const [type, ...rest] = scope.split(":");
    const actions = rest.pop();
    if (!type || actions === undefined || rest.length === 0) return [];
    return [{ type, name: rest.join(":"), actions: actions.split(",") }];
  });
}

export async function startTokenServer(
  dir: string,
  users: Record<string, string> = {},
  /** Refresh tokens (identity tokens) and the user each stands for. */
  refreshTokens: Record<string, string> = {},
): Promise<TokenServer> {
  const { keyPath, certPath } = makeCertificate(dir, "token");
  const key = createPrivateKey(readFileSync(keyPath));
  const certDer = new X509Certificate(readFileSync(certPath)).raw.toString("base64");
  const service = "ocilens-test-registry";
  const issuer = "ocilens-test-issuer";
  const requests: TokenServer["requests"] = [];
  const issue = (res: ServerResponse, user: string | undefined, scopes: string[]) => {
    requests.push({ user, scopes });
    const now = Math.floor(Date.now() / 1000);
    const header64 = base64url(JSON.stringify({ typ: "JWT", alg: "RS256", x5c: [certDer] }));
    const claims64 = base64url(
      JSON.stringify({
        iss: issuer,
        sub: user ?? "",
        aud: service,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access: accessOf(scopes),
      }),
    );
    const signature = base64url(sign("sha256", Buffer.from(`${header64}.${claims64}`), key));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ token: `${header64}.${claims64}.${signature}`, expires_in: 300 }));
  };
  const refuse = (res: ServerResponse, message: string) => {
    res.writeHead(401);
    res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message }] }));
  };
  const splitScopes = (values: string[]) => values.flatMap((scope) => scope.split(" ")).filter(Boolean);
  const server = createServer(async (req, res) => {
    // OAuth2 refresh-token grant: what a client holding an identity token from `docker login` sends.
    if (req.method === "POST") {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      const user = refreshTokens[form.get("refresh_token") ?? ""];
      if (form.get("grant_type") !== "refresh_token" || user === undefined)
        return refuse(res, "bad refresh token");
      return issue(res, user, splitScopes(form.getAll("scope")));
    }
    const url = new URL(req.url ?? "/", "http://token");
    const scopes = splitScopes(url.searchParams.getAll("scope"));
    const header = req.headers.authorization;
    if (header?.startsWith("Basic ")) {
      const [name, password] = Buffer.from(header.slice(6), "base64").toString().split(":");
      if (users[name ?? ""] !== password) return refuse(res, "bad password");
      return issue(res, name, scopes);
    }
    if (Object.keys(users).length > 0) return refuse(res, "login required");
    issue(res, undefined, scopes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certPath,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
