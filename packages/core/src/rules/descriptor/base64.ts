/** Strict RFC 4648 § 4 base64: standard alphabet, `=` padding to a multiple of four, nothing else. */
const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Why `value` is not strict standard base64, or undefined when it is. */
export function base64Problem(value: string): string | undefined {
  if (STANDARD_BASE64.test(value)) return undefined;
  if (/[-_]/.test(value) && /^[A-Za-z0-9\-_=]*$/.test(value))
    return "it uses the URL-safe alphabet (- and _)";
  if (!/^[A-Za-z0-9+/=]*$/.test(value)) return "it has characters outside the base64 alphabet";
  if (!value.includes("=") && value.length % 4 !== 0) return "the = padding is missing";
  return "the padding or length is wrong";
}

/** Decodes strict standard base64 (check with base64Problem first). */
export function decodeBase64(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
