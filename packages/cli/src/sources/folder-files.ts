/** Every regular file below a folder, sorted, without following symbolic links (so no loops). */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

export async function filesBelow(folder: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (directory: string) => {
    const children = await readdir(directory, { withFileTypes: true });
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      const path = join(directory, child.name);
      if (child.isDirectory()) await walk(path);
      else if (child.isFile()) files.push(path);
    }
  };
  await walk(folder);
  return files;
}
