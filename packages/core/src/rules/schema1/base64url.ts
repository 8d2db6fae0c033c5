/** Decodes JOSE base64url (RFC 7515 § 2: URL-safe alphabet, padding omitted); undefined when it is not that. */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const standard = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const binary = atob(standard);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
