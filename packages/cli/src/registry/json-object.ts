/**
 * Reading documents just far enough to walk them (which children, which config). Validation reads them
 * properly; here anything that is not a JSON object simply has nothing to walk.
 */
export type JsonObject = Record<string, unknown>;

export function parseJsonObject(bytes: Uint8Array): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as JsonObject)
      : undefined;
  } catch {
    return undefined;
  }
}
