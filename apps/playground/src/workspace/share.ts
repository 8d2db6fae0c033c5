/**
 * Share links: the whole workspace travels in the URL fragment, which browsers never send to a server.
 * Format: `#w=` + base64url(deflate(UTF-8 JSON of { v: 1, d: [[name, text], …], a: active })).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { WorkspaceSnapshot } from "./documents.js";

const PREFIX = "#w=";
const VERSION = 1;

type SharedPayload = { v: number; d: Array<[string, string]>; a: number };

export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary)
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/={1,2}$/, "");
}

export function decodeBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("the link holds characters outside base64url");
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The URL fragment (with its leading `#`) that restores `snapshot`. */
export function encodeShareFragment(snapshot: WorkspaceSnapshot): string {
  const payload: SharedPayload = {
    v: VERSION,
    d: snapshot.documents.map((document) => [document.name, document.text]),
    a: snapshot.active,
  };
  return PREFIX + encodeBase64Url(deflateSync(strToU8(JSON.stringify(payload)), { level: 9 }));
}

/**
 * The workspace a fragment describes; null when the fragment is not a share link at all. A damaged link
 * throws an Error saying what is wrong with it.
 */
export function decodeShareFragment(fragment: string): WorkspaceSnapshot | null {
  if (!fragment.startsWith(PREFIX)) return null;
  let payload: Partial<SharedPayload>;
  try {
    const json = strFromU8(inflateSync(decodeBase64Url(fragment.slice(PREFIX.length))));
    payload = JSON.parse(json) as Partial<SharedPayload>;
  } catch {
    throw new Error("The shared link is damaged: its workspace could not be decompressed.");
  }
  if (payload.v !== VERSION)
    throw new Error(`The shared link has version ${String(payload.v)}; expected ${VERSION}.`);
  const valid =
    Array.isArray(payload.d) &&
    payload.d.every(
      (entry) => Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string",
    );
  if (!valid) throw new Error("The shared link is damaged: its documents are not name/text pairs.");
  const documents = payload.d!.map(([name, text]) => ({ name, text }));
  const active = Number.isInteger(payload.a) ? Math.min(Math.max(payload.a!, 0), documents.length - 1) : 0;
  return { documents, active: Math.max(active, 0) };
}
