/**
 * A small HTTP proxy in front of the real registry that injects one fault at a time into matching requests:
 * a status (500, 429), a truncated body, corrupted bytes, an endless oversized body, a stalled response, a
 * redirect to another origin, or a rewritten Content-Type. Everything else passes through unchanged.
 * Records every request it saw (method, path, Authorization) for assertions.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

export type FaultAction =
  | { kind: "status"; status: number; retryAfter?: string }
  | { kind: "truncate" }
  | { kind: "corrupt" }
  | { kind: "oversize"; bytes: number }
  | { kind: "stall" }
  | { kind: "redirect"; to: string }
  | { kind: "content-type"; value: string };

export type Fault = {
  method?: string;
  path: RegExp;
  /** How many matching requests get the fault; afterwards they pass through. Infinity for all. */
  times: number;
  action: FaultAction;
};

export type SeenRequest = {
  method: string;
  path: string;
  authorization: string | undefined;
  fault: string | undefined;
};

export type FaultProxy = {
  host: string;
  faults: Fault[];
  seen: SeenRequest[];
  /** Bytes written by `oversize` faults before the client hung up. */
  oversizeWritten: number[];
  stop(): Promise<void>;
};

type Upstream = { status: number; headers: IncomingMessage["headers"]; body: Buffer };

function forward(
  upstream: string,
  req: IncomingMessage,
  body: Buffer,
  authorization?: string,
): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: upstream };
    if (authorization && !headers.authorization) headers.authorization = authorization;
    const outgoing = httpRequest(
      `http://${upstream}${req.url}`,
      { method: req.method, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Rewrites absolute Location headers of the registry so that follow-up requests come back through us. */
function rewriteLocation(
  headers: IncomingMessage["headers"],
  upstream: string,
  self: string,
): IncomingMessage["headers"] {
  const location = headers.location;
  if (typeof location !== "string") return headers;
  return { ...headers, location: location.replace(`//${upstream}/`, `//${self}/`) };
}

export async function startFaultProxy(
  upstream: string,
  options: { authorization?: string } = {},
): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const proxy: Omit<FaultProxy, "host" | "stop"> = { faults: [], seen: [], oversizeWritten: [] };
  let self = "";

  const writeOversize = (res: ServerResponse, total: number) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    res.writeHead(200, { "content-type": "application/vnd.oci.image.manifest.v1+json" });
    const pump = () => {
      while (written < total && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      proxy.oversizeWritten.push(written);
      res.end();
    };
    res.on("close", () => written < total && proxy.oversizeWritten.push(written));
    pump();
  };

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const fault = proxy.faults.find(
      (candidate) =>
        candidate.times > 0 &&
        (!candidate.method || candidate.method === req.method) &&
        candidate.path.test(req.url ?? ""),
    );
    if (fault) fault.times--;
    proxy.seen.push({
      method: req.method ?? "",
      path: req.url ?? "",
      authorization: req.headers.authorization,
      fault: fault?.action.kind,
    });
    const action = fault?.action;
    try {
      if (action?.kind === "status") {
        res.writeHead(action.status, action.retryAfter ? { "retry-after": action.retryAfter } : {});
        return void res.end(`injected ${action.status}`);
      }
      if (action?.kind === "redirect") {
        res.writeHead(307, { location: `${action.to}${req.url}` });
        return void res.end();
      }
      if (action?.kind === "oversize") return writeOversize(res, action.bytes);
      const answer = await forward(upstream, req, body, options.authorization);
      const headers = rewriteLocation(answer.headers, upstream, self);
      if (action?.kind === "stall") {
        res.writeHead(answer.status, headers);
        return void res.write(answer.body.subarray(0, 1));
      }
      if (action?.kind === "truncate") {
        res.writeHead(answer.status, headers);
        res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        return void res.socket?.destroy();
      }
      let payload = answer.body;
      if (action?.kind === "corrupt" && payload.length > 0) {
        payload = Buffer.from(payload);
        payload[payload.length - 2] = payload[payload.length - 2] === 0x20 ? 0x0a : 0x20;
      }
      if (action?.kind === "content-type") headers["content-type"] = action.value;
      res.writeHead(answer.status, headers);
      res.end(payload);
    } catch (error) {
      res.writeHead(502);
      res.end(String(error));
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  self = `127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    ...proxy,
    host: self,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
