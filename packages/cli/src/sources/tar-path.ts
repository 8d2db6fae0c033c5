/**
 * The name of a tar entry as a layout path, or why it is refused. Archives are untrusted: a name that is
 * absolute, climbs with `..`, or holds a NUL or backslash would address something outside the layout when
 * another tool extracts the archive, so it is never used.
 */
export type TarPath = { path: string } | { refused: string };

export function layoutPathOfTarName(name: string): TarPath {
  if (name.startsWith("/")) return { refused: "an absolute path" };
  if (name.includes("\0") || name.includes("\\")) return { refused: "a name with a NUL or backslash" };
  const segments = name.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) return { refused: "a path with `..`" };
  return { path: segments.join("/") };
}
