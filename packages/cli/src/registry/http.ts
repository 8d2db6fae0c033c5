/**
 * One HTTP exchange with a registry, made robust: a deadline per attempt that covers the body too (a
 * stalled response ends), bounded retries with exponential backoff on 429/5xx and broken connections
 * (honouring Retry-After), redirects followed by hand so that credentials never travel to another origin,
 * and bodies read up to a cap without trusting Content-Length.
 */
import { RegistryError } from "./errors.js";

export type TransportOptions = {
  /** Deadline for one attempt, headers and body together. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff delay; doubles per retry. */
  backoffMs: number;
};

export const DEFAULT_TRANSPORT: TransportOptions = { timeoutMs: 30_000, retries: 3, backoffMs: 250 };

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
  headers: Headers;
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

/** Reads at most `maxBytes`; cancels the stream as soon as it goes past. */
async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new CapExceeded();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === "ECONNREFUSED") return "connection refused";
  if (cause?.code === "ENOTFOUND") return "host not found";
  if (cause?.code === "UND_ERR_SOCKET" || (error as Error).message === "terminated") {
    return "connection closed before the response was complete";
  }
  return cause?.message ?? (error as Error).message;
}

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 0) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(date - Date.now(), 0), MAX_RETRY_AFTER_MS);
}

/** One attempt, following redirects; Authorization is dropped once the origin changes. */
async function attempt(request: HttpRequest, timeoutMs: number): Promise<HttpResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let url = request.url;
  let headers = { ...request.headers };
  let method = request.method;
  let body = request.body;
  try {
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body: body as Uint8Array<ArrayBuffer> | undefined,
          redirect: "manual",
          signal: controller.signal,
        });
      } catch (error) {
        if (controller.signal.aborted) throw new Retryable(`no response within ${timeoutMs} ms`);
        throw new Retryable(describeNetworkError(error));
      }
      const location = response.headers.get("location");
      if (REDIRECT_STATUSES.has(response.status) && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS)
          throw new RegistryError("unreachable", `more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, url);
        if (next.origin !== new URL(url).origin) {
          headers = Object.fromEntries(
            Object.entries(headers).filter(([name]) => name.toLowerCase() !== "authorization"),
          );
        }
        if (response.status === 303) {
          method = "GET";
          body = undefined;
        }
        url = next.href;
        continue;
      }
      try {
        const bytes =
          method === "HEAD" ? new Uint8Array(0) : await readCapped(response.body, request.maxBytes);
        return { status: response.status, headers: response.headers, body: bytes, url };
      } catch (error) {
        if (error instanceof CapExceeded) throw new BodyTooLarge(url, request.maxBytes);
        if (controller.signal.aborted)
          throw new Retryable(`response body stalled; gave up after ${timeoutMs} ms`);
        throw new Retryable(describeNetworkError(error));
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Sends `request`, retrying transient failures; the last answer is returned whatever its status. */
export async function send(request: HttpRequest, options: TransportOptions): Promise<HttpResponse> {
  for (let retry = 0; ; retry++) {
    let waitMs = options.backoffMs * 2 ** retry;
    try {
      const response = await attempt(request, options.timeoutMs);
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
