/**
 * Where a report's path is, for formats that point into a repository (SARIF, GitHub annotations): relative
 * to the repository root with `/` separators. Files inside an archive (`image.tar!/index.json`) point at
 * the archive itself, without a region, since no editor can open the inner file.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { ARCHIVE_SEPARATOR, STDIN_PATH } from "../sources/paths.js";

export type ArtifactLocation = {
  /** Repository-relative path, or an absolute file path outside the repository. */
  file: string;
  /** The path inside an archive, when the finding is about an archived file. */
  inner: string | null;
};

export function artifactLocation(path: string, cwd: string, root: string): ArtifactLocation | null {
  if (path === STDIN_PATH) return null;
  const split = path.indexOf(ARCHIVE_SEPARATOR);
  const outer = split >= 0 ? path.slice(0, split) : path;
  const inner = split >= 0 ? path.slice(split + ARCHIVE_SEPARATOR.length) : null;
  const absolute = resolve(cwd, outer);
  const fromRoot = relative(root, absolute);
  const file = fromRoot.startsWith("..") || isAbsolute(fromRoot) ? absolute : fromRoot;
  return { file: file.split(sep).join("/"), inner };
}
