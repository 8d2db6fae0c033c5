/**
 * The bytes a signed schema 1 manifest's digest is taken over (libtrust "pretty signature"): the served bytes
 * up to `formatLength`, followed by the decoded `formatTail`, both read from each signature's protected
 * header. Every signature must agree on the two values.
 */
import type { JsonNode } from "../../json/node.js";
import { getMember, isArray, isObject, isString } from "../../json/access.js";
import { decodeBase64Url } from "./base64url.js";

export type SignedPayload = { payload: Uint8Array } | { problem: string };

function formatOf(signature: JsonNode): { length: number; tail: string } | string {
  const protectedHeader = getMember(signature, "protected");
  if (!isString(protectedHeader)) return "a signature has no `protected` header";
  const decoded = decodeBase64Url(protectedHeader.value);
  if (!decoded) return "a `protected` header is not base64url";
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(decoded));
  } catch {
    return "a `protected` header is not JSON";
  }
  const { formatLength, formatTail } = (header ?? {}) as { formatLength?: unknown; formatTail?: unknown };
  if (
    typeof formatLength !== "number" ||
    !Number.isInteger(formatLength) ||
    formatLength < 0 ||
    typeof formatTail !== "string"
  ) {
    return "a `protected` header lacks formatLength/formatTail";
  }
  return { length: formatLength, tail: formatTail };
}

export function signedPayload(bytes: Uint8Array, signatures: JsonNode): SignedPayload {
  if (!isArray(signatures) || signatures.items.length === 0 || !signatures.items.every(isObject)) {
    return { problem: "`signatures` is not a non-empty array of JWS signatures" };
  }
  const formats = signatures.items.map(formatOf);
  const first = formats[0]!;
  if (typeof first === "string") return { problem: first };
  for (const format of formats) {
    if (typeof format === "string") return { problem: format };
    if (format.length !== first.length || format.tail !== first.tail)
      return { problem: "the signatures disagree on formatLength/formatTail" };
  }
  const tail = decodeBase64Url(first.tail);
  if (!tail) return { problem: "formatTail is not base64url" };
  if (first.length > bytes.length)
    return { problem: `formatLength ${first.length} is beyond the end of the document` };
  const payload = new Uint8Array(first.length + tail.length);
  payload.set(bytes.subarray(0, first.length));
  payload.set(tail, first.length);
  return { payload };
}
