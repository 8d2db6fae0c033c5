// Bundles the CLI and the core it uses into one ESM file, so `ocilens` starts in tens of milliseconds.
import { build } from "esbuild";

await build({
  // The hashing worker is its own tiny bundle so that worker threads start in milliseconds.
  entryPoints: { ocilens: "src/main.ts", "hash-worker": "src/hashing/worker.ts" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir: "dist",
  // CommonJS dependencies (commander) call require() for Node built-ins; give the ESM bundle a real one.
  banner: {
    js: 'import { createRequire as __ocilensRequire } from "node:module"; const require = __ocilensRequire(import.meta.url);',
  },
  logLevel: "warning",
});
