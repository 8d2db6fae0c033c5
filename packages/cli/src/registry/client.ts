/**
 * The distribution API client: one instance per registry host, holding its authentication state. Every
 * document it returns has been checked against the digest that named it and against the registry's
 * `Docker-Content-Digest`; manifests are capped at 4 MiB while reading.
 */
import { createHash } from "node:crypto";
import { basicHeader, fetchToken, parseChallenge, type Challenge } from "./auth.js";
import { lookupCredentials, type Credentials } from "./credentials.js";
import { describeErrorBody, RegistryError } from "./errors.js";
import {
  BodyTooLarge,
  DEFAULT_TRANSPORT,
  send,
  type HttpRequest,
  type HttpResponse,
  type TransportOptions,
} from "./http.js";
import { contentTypeEssence } from "@ocilens/core";
import { MANIFEST_ACCEPT } from "./media-types.js";

/** distribution-spec: registries SHOULD accept manifests up to 4 MiB; clients need not read more. */
export const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
/** Configs are JSON too; generous, but still a cap. */
export const CONFIG_MAX_BYTES = 16 * 1024 * 1024;
/** Layers copied between registries pass through memory. */
export const LAYER_MAX_BYTES = 2 * 1024 * 1024 * 1024;
const TAG_PAGE_LIMIT = 1000;

export type ClientOptions = {
  /** Talk http instead of https (local registries). */
  plainHttp?: boolean;
  transport?: Partial<TransportOptions>;
  env?: NodeJS.ProcessEnv;
};

/** A document exactly as served, with what the transport said about it. */
export type FetchedDocument = {
  bytes: Uint8Array;
  /** sha256 (or the naming digest's algorithm) over `bytes`. */
  digest: string;
  /** The Content-Type header, parameters included; null when absent. */
  contentType: string | null;
};

type Access = "pull" | "push";
type RegistryRequest = Omit<HttpRequest, "url" | "maxBytes"> & {
  /** Path below /v2/, or an absolute URL the registry handed out (upload locations, Link headers). */
  path: string;
  repository: string;
  access: Access;
  /** Extra scopes, e.g. pull on the source repository of a cross-repository mount. */
  extraScopes?: string[];
  maxBytes?: number;
};

export function digestOf(bytes: Uint8Array, algorithm = "sha256"): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
}

/** Token cache key: the distinct scopes, sorted. */
function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes)].sort().join(" ");
}

function scopeFor(repository: string, access: Access): string {
  return `repository:${repository}:${access === "push" ? "pull,push" : "pull"}`;
}

export class RegistryClient {
  readonly baseUrl: string;
  private readonly transport: TransportOptions;
  private challenge: Challenge | undefined;
  private readonly tokens = new Map<string, Promise<string>>();
  private credentials: Promise<Credentials | undefined> | undefined;

  constructor(
    /** The registry as written in references (docker.io for Hub); credentials are looked up by it. */
    readonly registry: string,
    host: string,
    private readonly options: ClientOptions = {},
  ) {
    this.baseUrl = `${options.plainHttp ? "http" : "https"}://${host}/v2/`;
    this.transport = { ...DEFAULT_TRANSPORT, ...options.transport };
  }

  private loadCredentials(): Promise<Credentials | undefined> {
    this.credentials ??= lookupCredentials(this.registry, this.options.env);
    return this.credentials;
  }

  private async authorization(scopes: string[]): Promise<string | undefined> {
    const challenge = this.challenge;
    if (!challenge) return undefined;
    const credentials = await this.loadCredentials();
    if (challenge.scheme === "basic") {
      if (credentials?.kind !== "basic") {
        throw new RegistryError(
          "unauthorized",
          `${this.registry} requires a username and password; run \`docker login ${this.registry}\` or add it to ${"$DOCKER_CONFIG/config.json"}`,
        );
      }
      return basicHeader(credentials.username, credentials.password);
    }
    const key = scopeKey(scopes);
    let token = this.tokens.get(key);
    if (!token) {
      token = fetchToken(challenge, key === "" ? [] : key.split(" "), credentials, this.transport);
      this.tokens.set(key, token);
      token.catch(() => this.tokens.delete(key));
    }
    return `Bearer ${await token}`;
  }

  /** Sends a request, answering one authentication challenge; 401/403 after that are errors. */
  async request(request: RegistryRequest): Promise<HttpResponse> {
    const url = new URL(request.path, this.baseUrl).href;
    const scopes = [scopeFor(request.repository, request.access), ...(request.extraScopes ?? [])];
    let authorized = false;
    const exchange = async () => {
      const headers: Record<string, string> = { "user-agent": "ocilens/0.1", ...request.headers };
      const authorization = await this.authorization(scopes);
      if (authorization) headers.authorization = authorization;
      authorized = authorization !== undefined;
      return send(
        { ...request, url, headers, maxBytes: request.maxBytes ?? MANIFEST_MAX_BYTES },
        this.transport,
      );
    };
    let response = await exchange();
    // One more try after a 401: with the challenge learnt (or its added scopes), or with a fresh token.
    if (response.status === 401) {
      const challenge = parseChallenge(response.headers.get("www-authenticate"));
      if (!challenge)
        throw new RegistryError("unauthorized", `${this.registry} answered 401 without a usable challenge`);
      if (authorized && challenge.scheme === "basic") throw this.refused(response, request);
      if (authorized) this.tokens.delete(scopeKey(scopes));
      this.challenge = challenge;
      challenge.params.scope?.split(" ").forEach((scope) => scope && scopes.push(scope));
      response = await exchange();
    }
    if (response.status === 401 || response.status === 403) throw this.refused(response, request);
    return response;
  }

  private refused(response: HttpResponse, request: RegistryRequest): RegistryError {
    const { codes, detail } = describeErrorBody(new TextDecoder().decode(response.body));
    const verb = request.access === "push" ? "push to" : "pull from";
    return new RegistryError(
      "unauthorized",
      `${this.registry} refused to let us ${verb} ${request.repository} (HTTP ${response.status}${detail ? `: ${detail}` : ""})`,
      codes,
    );
  }

  private failure(response: HttpResponse, what: string): RegistryError {
    const { codes, detail } = describeErrorBody(new TextDecoder().decode(response.body));
    if (response.status === 404)
      return new RegistryError("not-found", `${what}: not found${detail ? ` (${detail})` : ""}`, codes);
    if (response.status >= 500 || response.status === 429) {
      return new RegistryError(
        "unreachable",
        `${what}: HTTP ${response.status}${detail ? ` (${detail})` : ""}`,
        codes,
      );
    }
    return new RegistryError(
      "rejected",
      `${what}: HTTP ${response.status}${detail ? ` (${detail})` : ""}`,
      codes,
    );
  }

  /** Checks bytes against the digest that named them and the registry's own Docker-Content-Digest. */
  private verify(bytes: Uint8Array, response: HttpResponse, what: string, expected?: string): string {
    const algorithm = expected?.split(":", 1)[0] ?? "sha256";
    if (algorithm !== "sha256" && algorithm !== "sha512") {
      throw new RegistryError("invalid-content", `${what}: cannot verify digest algorithm "${algorithm}"`);
    }
    const actual = digestOf(bytes, algorithm);
    if (expected !== undefined && actual !== expected) {
      throw new RegistryError(
        "invalid-content",
        `${what}: the ${bytes.length} bytes served have digest ${actual}, not ${expected}`,
        [],
        "net.digest-mismatch",
      );
    }
    const announced = response.headers.get("docker-content-digest");
    if (announced !== null && announced !== "") {
      const announcedAlgorithm = announced.split(":", 1)[0]!;
      const check = announcedAlgorithm === algorithm ? actual : digestOf(bytes, announcedAlgorithm);
      if (check !== announced) {
        throw new RegistryError(
          "invalid-content",
          `${what}: Docker-Content-Digest says ${announced}, but the bytes served have digest ${check}`,
          [],
          "net.digest-mismatch",
        );
      }
    }
    return actual;
  }

  async getManifest(repository: string, selector: string): Promise<FetchedDocument> {
    const what = `manifest ${this.registry}/${repository}${selector.includes(":") ? "@" : ":"}${selector}`;
    const response = await this.request({
      method: "GET",
      path: `${repository}/manifests/${selector}`,
      repository,
      access: "pull",
      headers: { accept: MANIFEST_ACCEPT },
    }).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        throw new RegistryError(
          "invalid-content",
          `${what}: larger than the 4 MiB manifest limit; stopped reading`,
          [],
          "net.manifest-size",
        );
      }
      throw error;
    });
    if (response.status !== 200) throw this.failure(response, what);
    const digest = this.verify(response.body, response, what, selector.includes(":") ? selector : undefined);
    return { bytes: response.body, digest, contentType: response.headers.get("content-type") };
  }

  /** The descriptor of a manifest without its body, or null when the registry does not have it. */
  async headManifest(
    repository: string,
    selector: string,
  ): Promise<{ digest: string | null; mediaType: string | null } | null> {
    const response = await this.request({
      method: "HEAD",
      path: `${repository}/manifests/${selector}`,
      repository,
      access: "pull",
      headers: { accept: MANIFEST_ACCEPT },
    });
    if (response.status === 404) return null;
    if (response.status !== 200)
      throw this.failure(response, `manifest ${this.registry}/${repository}:${selector}`);
    return {
      digest: response.headers.get("docker-content-digest"),
      mediaType: contentTypeEssence(response.headers.get("content-type")),
    };
  }

  async getBlob(repository: string, digest: string, maxBytes = CONFIG_MAX_BYTES): Promise<FetchedDocument> {
    const what = `blob ${this.registry}/${repository}@${digest}`;
    const response = await this.request({
      method: "GET",
      path: `${repository}/blobs/${digest}`,
      repository,
      access: "pull",
      maxBytes,
    });
    if (response.status !== 200) throw this.failure(response, what);
    const verified = this.verify(response.body, response, what, digest);
    return { bytes: response.body, digest: verified, contentType: response.headers.get("content-type") };
  }

  async blobExists(repository: string, digest: string): Promise<boolean> {
    const response = await this.request({
      method: "HEAD",
      path: `${repository}/blobs/${digest}`,
      repository,
      access: "pull",
    });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw this.failure(response, `blob ${this.registry}/${repository}@${digest}`);
  }

  /** Completes an upload session with the whole blob in one PUT. */
  private async finishUpload(
    repository: string,
    location: string,
    bytes: Uint8Array,
    digest: string,
  ): Promise<void> {
    const url = new URL(location, this.baseUrl);
    url.searchParams.set("digest", digest);
    const response = await this.request({
      method: "PUT",
      path: url.href,
      repository,
      access: "push",
      headers: { "content-type": "application/octet-stream" },
      body: bytes,
    });
    if (response.status !== 201)
      throw this.failure(response, `upload of ${digest} to ${this.registry}/${repository}`);
  }

  private uploadLocation(response: HttpResponse, what: string): string {
    const location = response.headers.get("location");
    if (response.status !== 202 || location === null) throw this.failure(response, what);
    return location;
  }

  /** Uploads a blob (monolithic POST + PUT) unless the repository already has it; returns its digest. */
  async pushBlob(repository: string, bytes: Uint8Array): Promise<string> {
    const digest = digestOf(bytes);
    if (await this.blobExists(repository, digest)) return digest;
    const what = `upload to ${this.registry}/${repository}`;
    const start = await this.request({
      method: "POST",
      path: `${repository}/blobs/uploads/`,
      repository,
      access: "push",
    });
    await this.finishUpload(repository, this.uploadLocation(start, what), bytes, digest);
    return digest;
  }

  /**
   * Cross-repository mount: asks the registry to link a blob of `fromRepository` into `repository` without
   * moving bytes. When it declines (202), `fallback` supplies the bytes and the opened session takes them.
   */
  async mountBlob(
    repository: string,
    digest: string,
    fromRepository: string,
    fallback: () => Promise<Uint8Array>,
  ): Promise<"mounted" | "copied" | "present"> {
    if (await this.blobExists(repository, digest)) return "present";
    const query = new URLSearchParams({ mount: digest, from: fromRepository });
    const response = await this.request({
      method: "POST",
      path: `${repository}/blobs/uploads/?${query}`,
      repository,
      access: "push",
      extraScopes: [scopeFor(fromRepository, "pull")],
    });
    if (response.status === 201) return "mounted";
    const location = this.uploadLocation(response, `mount of ${digest} into ${this.registry}/${repository}`);
    await this.finishUpload(repository, location, await fallback(), digest);
    return "copied";
  }

  /** Pushes a manifest with its media type as Content-Type; returns the digest the registry confirmed. */
  async putManifest(
    repository: string,
    selector: string,
    bytes: Uint8Array,
    mediaType: string,
  ): Promise<string> {
    const what = `push of manifest ${this.registry}/${repository}${selector.includes(":") ? "@" : ":"}${selector}`;
    const response = await this.request({
      method: "PUT",
      path: `${repository}/manifests/${selector}`,
      repository,
      access: "push",
      headers: { "content-type": mediaType },
      body: bytes,
    });
    if (response.status !== 201) throw this.failure(response, what);
    const digest = digestOf(bytes);
    const confirmed = response.headers.get("docker-content-digest");
    if (confirmed !== null && confirmed !== digest) {
      throw new RegistryError(
        "invalid-content",
        `${what}: the registry stored ${confirmed}, but we sent ${digest}`,
      );
    }
    return digest;
  }

  /** Every tag of a repository, following `Link: <…>; rel="next"` pages. */
  async listTags(repository: string, pageSize = 1000): Promise<string[]> {
    const tags: string[] = [];
    let path: string | null = `${repository}/tags/list?n=${pageSize}`;
    for (let page = 0; path !== null; page++) {
      if (page >= TAG_PAGE_LIMIT)
        throw new RegistryError("invalid-content", `more than ${TAG_PAGE_LIMIT} pages of tags`);
      const response: HttpResponse = await this.request({ method: "GET", path, repository, access: "pull" });
      if (response.status !== 200) throw this.failure(response, `tags of ${this.registry}/${repository}`);
      let parsed: { tags?: unknown };
      try {
        parsed = JSON.parse(new TextDecoder().decode(response.body)) as { tags?: unknown };
      } catch {
        throw new RegistryError(
          "invalid-content",
          `tags of ${this.registry}/${repository}: the answer is not JSON`,
        );
      }
      if (Array.isArray(parsed.tags))
        tags.push(...parsed.tags.filter((tag): tag is string => typeof tag === "string"));
      // [^<>], not [^>]: a header of many '<' must not make every '<' scan to the end.
      const next = /<([^<>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get("link") ?? "");
      path = next ? new URL(next[1]!, response.url).href : null;
    }
    return tags;
  }
}

/** One client per registry host for the whole run, so tokens are fetched once. */
export function createClientPool(
  options: ClientOptions,
): (reference: { registry: string; host: string }) => RegistryClient {
  const clients = new Map<string, RegistryClient>();
  return (reference) => {
    let client = clients.get(reference.host);
    if (!client) {
      client = new RegistryClient(reference.registry, reference.host, options);
      clients.set(reference.host, client);
    }
    return client;
  };
}
