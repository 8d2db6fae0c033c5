/**
 * One HTTP exchange with a registry, made robust: a deadline per attempt that covers the body too (a
 * stalled response ends), bounded retries with exponential backoff on 429/5xx and broken connections
 * (honouring Retry-After), redirects followed by hand so that credentials never travel to another origin,
 * and bodies read up to a cap without trusting Content-Length.
 */
import {
  Agent as HttpAgent,
  request as httpRequest,
  type ClientRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type RequestOptions,
} from "node:http";
import { RegistryError } from "./errors.js";

export type TransportOptions = {
  /** Deadline for one attempt, headers and body together. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff delay; doubles per retry. */
  backoffMs: number;
  /** Accept TLS certificates that do not verify (--insecure), on this client's connections only. */
  insecure: boolean;
};

export const DEFAULT_TRANSPORT: TransportOptions = {
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 250,
  insecure: false,
};

export type HttpRequest = {
  method: "GET" | "HEAD" | "PUT" | "POST" | "PATCH" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Largest body accepted; reading stops (and fails) one byte past it. */
  maxBytes: number;
};

export type HttpResponse = {
  status: number;
  headers: ResponseHeaders;
  body: Uint8Array;
  /** The URL that answered, after redirects. */
  url: string;
};

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 10_000;

/** A body that went past the request's cap; reading stopped there. */
export class BodyTooLarge extends RegistryError {
  constructor(
    readonly url: string,
    readonly maxBytes: number,
  ) {
    super("invalid-content", `response body larger than ${maxBytes} bytes (${url})`, [], "net.manifest-size");
  }
}

class CapExceeded extends Error {}
class Retryable extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The response headers the registry code reads; repeated headers come back joined with ", " as fetch does. */
export type ResponseHeaders = { get(name: string): string | null };

function responseHeaders(raw: IncomingHttpHeaders): ResponseHeaders {
  return {
    get(name) {
      const value = raw[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** How requests of one scheme are sent: its request function and its keep-alive agent. */
type Transport = { request: (url: URL, options: RequestOptions) => ClientRequest; agent: HttpAgent };

/**
 * One keep-alive agent per scheme for the whole run, so the documents of an image reuse a few connections.
 * node:http rather than fetch: Node 20 compiles its bundled undici (and llhttp as WebAssembly) on the first
 * fetch, which costs more CPU than the 33 requests of a 16-platform image.
 */
const PLAIN: Transport = { request: httpRequest, agent: new HttpAgent({ keepAlive: true }) };
/** The https transports, verifying certificates and not (--insecure), each made on its first use. */
const secure = new Map<boolean, Promise<Transport>>();

/**
 * node:https is loaded on the first https request: with TLS it costs about 10 ms that plain http never needs.
 * --insecure turns verification off on its own agent rather than through NODE_TLS_REJECT_UNAUTHORIZED, which
 * would apply to the whole process and makes Node print a warning.
 */
function transportFor(url: URL, insecure: boolean): Transport | Promise<Transport> {
  if (url.protocol !== "https:") return PLAIN;
  let transport = secure.get(insecure);
  if (!transport) {
    transport = import("node:https").then(({ Agent, request }) => ({
      request,
      // Unless insecure, the agent keeps Node's default (verify, honouring NODE_TLS_REJECT_UNAUTHORIZED if set).
      agent: new Agent(insecure ? { keepAlive: true, rejectUnauthorized: false } : { keepAlive: true }),
    }));
    secure.set(insecure, transport);
  }
  return transport;
}

function describeNetworkError(error: NodeJS.ErrnoException): string {
  if (error.code === "ECONNREFUSED") return "connection refused";
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") return "host not found";
  if (error.code === "ECONNRESET" || error.code === "EPIPE") {
    return "connection closed before the response was complete";
  }
  return error.message;
}

function retryAfterMs(headers: ResponseHeaders): number | undefined {
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 0) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(date - Date.now(), 0), MAX_RETRY_AFTER_MS);
}

const isRedirect = (status: number, headers: IncomingHttpHeaders) =>
  REDIRECT_STATUSES.has(status) && headers.location !== undefined;

/** The chunks in one plain Uint8Array of its own (not a view into Node's shared Buffer pool). */
function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Uint8Array };

/**
 * One request without following redirects (a redirect's body is not read). At most `maxBytes` of a body
 * are read: the connection is dropped as soon as it goes past. Rejects with Retryable for anything the
 * network did (refused, reset, cut short, no answer or a stalled body by `deadline`).
 */
function exchange(
  transport: Transport,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Uint8Array | undefined,
  timeoutMs: number,
  deadline: number,
  maxBytes: number,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    let settled = false;
    const finish = (error: Error | null, response?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        request.destroy();
        reject(error);
      } else resolve(response!);
    };
    const timer = setTimeout(
      () =>
        finish(
          new Retryable(
            answered
              ? `response body stalled; gave up after ${timeoutMs} ms`
              : `no response within ${timeoutMs} ms`,
          ),
        ),
      Math.max(deadline - Date.now(), 0),
    );
    const request = transport.request(url, { method, headers, agent: transport.agent });
    request.on("error", (error) => finish(new Retryable(describeNetworkError(error))));
    request.on("response", (response: IncomingMessage) => {
      answered = true;
      const status = response.statusCode ?? 0;
      if (method === "HEAD" || isRedirect(status, response.headers)) {
        response.resume();
        finish(null, { status, headers: response.headers, body: new Uint8Array(0) });
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      response.on("data", (chunk: Buffer) => {
        total += chunk.byteLength;
        if (total > maxBytes) finish(new CapExceeded());
        else chunks.push(chunk);
      });
      response.on("error", (error) => finish(new Retryable(describeNetworkError(error))));
      response.on("close", () => {
        if (!response.complete) finish(new Retryable("connection closed before the response was complete"));
      });
      response.on("end", () => {
        if (!response.complete) finish(new Retryable("connection closed before the response was complete"));
        else finish(null, { status, headers: response.headers, body: joined(chunks, total) });
      });
    });
    request.end(body);
  });
}

/** One attempt, following redirects; Authorization is dropped once the origin changes. */
async function attempt(request: HttpRequest, timeoutMs: number, insecure: boolean): Promise<HttpResponse> {
  const deadline = Date.now() + timeoutMs;
  let url = new URL(request.url);
  let headers = { ...request.headers };
  let method = request.method;
  let body = request.body;
  for (let hop = 0; ; hop++) {
    let response: RawResponse;
    try {
      const transport = await transportFor(url, insecure);
      response = await exchange(transport, url, method, headers, body, timeoutMs, deadline, request.maxBytes);
    } catch (error) {
      if (error instanceof CapExceeded) throw new BodyTooLarge(url.href, request.maxBytes);
      throw error;
    }
    const location = response.headers.location;
    if (location !== undefined && isRedirect(response.status, response.headers)) {
      if (hop >= MAX_REDIRECTS)
        throw new RegistryError("unreachable", `more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(location, url);
      if (next.origin !== url.origin) {
        headers = Object.fromEntries(
          Object.entries(headers).filter(([name]) => name.toLowerCase() !== "authorization"),
        );
      }
      if (response.status === 303) {
        method = "GET";
        body = undefined;
      }
      url = next;
      continue;
    }
    return {
      status: response.status,
      headers: responseHeaders(response.headers),
      body: response.body,
      url: url.href,
    };
  }
}

/** Sends `request`, retrying transient failures; the last answer is returned whatever its status. */
export async function send(request: HttpRequest, options: TransportOptions): Promise<HttpResponse> {
  for (let retry = 0; ; retry++) {
    let waitMs = options.backoffMs * 2 ** retry;
    try {
      const response = await attempt(request, options.timeoutMs, options.insecure);
      if (!RETRY_STATUSES.has(response.status) || retry >= options.retries) return response;
      waitMs = retryAfterMs(response.headers) ?? waitMs;
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      if (retry >= options.retries) {
        throw new RegistryError(
          "unreachable",
          `${request.method} ${request.url}: ${error.message} (after ${retry + 1} attempt${retry === 0 ? "" : "s"})`,
        );
      }
    }
    await sleep(waitMs);
  }
}
