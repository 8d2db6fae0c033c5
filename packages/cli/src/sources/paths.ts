/** How report paths name what was read: `-` for stdin, `image.tar!/index.json` for a file in an archive. */
import { join } from "node:path";

export const STDIN_PATH = "-";
export const ARCHIVE_SEPARATOR = "!/";

/** The report path of a file inside a layout: `layout/blobs/…`, or `image.tar!/blobs/…` in an archive. */
export function layoutFilePath(layoutPath: string, archive: boolean, inner: string): string {
  if (inner === "") return layoutPath;
  return archive ? `${layoutPath}${ARCHIVE_SEPARATOR}${inner}` : join(layoutPath, inner);
}
