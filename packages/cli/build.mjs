// Bundles the CLI and the core it uses into ESM chunks under dist/, so `ocilens` starts in tens of milliseconds.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry content hashes: start empty so that chunks of earlier builds do not pile up.
rmSync(new URL("dist", import.meta.url), { recursive: true, force: true });

await build({
  // The hashing worker is its own tiny bundle so that worker threads start in milliseconds.
  entryPoints: { ocilens: "src/main.ts", "hash-worker": "src/hashing/worker.ts" },
  bundle: true,
  platform: "node",
  format: "esm",
  // Each command's action is a dynamic import, so the code only that command needs (hashing pool, sources,
  // tar reader, engines) is a chunk of its own that start-up, --help and the other commands never load.
  splitting: true,
  target: "node20",
  outdir: "dist",
  // CommonJS dependencies (commander) call require() for Node built-ins; give the ESM bundle a real one.
  banner: {
    js: 'import { createRequire as __ocilensRequire } from "node:module"; const require = __ocilensRequire(import.meta.url);',
  },
  logLevel: "warning",
});
