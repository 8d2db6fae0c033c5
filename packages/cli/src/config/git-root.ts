/** The enclosing git work tree: where configuration lookup stops and what SARIF paths are relative to. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export function findGitRoot(from: string): string | null {
  for (let directory = from; ; directory = dirname(directory)) {
    if (existsSync(join(directory, ".git"))) return directory;
    if (dirname(directory) === directory) return null;
  }
}
