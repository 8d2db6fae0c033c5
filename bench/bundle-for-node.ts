/**
 * Bundles a benchmark's entry with esbuild (from the CLI package, which depends on it) into a temporary
 * folder, so that the code under measurement runs as the core ships rather than through tsx's wrappers.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export type Bundle = { file: string; dispose(): void };

export function bundleForNode(entry: URL): Bundle {
  const require = createRequire(new URL("../packages/cli/package.json", import.meta.url));
  const { buildSync } = require("esbuild") as typeof import("esbuild");
  const dir = mkdtempSync(join(tmpdir(), "ocilens-bench-"));
  const file = join(dir, "bundle.mjs");
  buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    logLevel: "warning",
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
