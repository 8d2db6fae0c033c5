/** An index document's value as the engines read it (JSON.parse keeps the last of duplicate members, as Go does). */
export type ParsedIndex = { value: { manifests: unknown[] } & Record<string, unknown> } | { error: string };

export function parseIndex(text: string): ParsedIndex {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `The index is not JSON (${(error as Error).message}); see Problems.` };
  }
  const manifests = (value as { manifests?: unknown } | null)?.manifests;
  if (!Array.isArray(manifests)) return { error: "The index has no manifests array; see Problems." };
  return { value: value as { manifests: unknown[] } };
}
