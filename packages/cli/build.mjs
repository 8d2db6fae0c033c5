// Bundles the CLI and the core it uses under dist/: the command line as one CommonJS file that bin/ocilens.js
// compiles through V8's code cache (see bin/code-cache.js), and the hashing worker as a small ESM file.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Start empty so that files of earlier builds (and code caches made for them) do not pile up.
rmSync(new URL("dist", import.meta.url), { recursive: true, force: true });

const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning" };

await build({
  ...common,
  // One file rather than ESM chunks: Node 20 can load only scripts from V8's code cache (vm.Script), not ES
  // modules, and from the cache a whole bundle starts faster than split chunks compiled afresh. Each command's
  // action is still a dynamic import, so start-up does not evaluate the code only other commands need.
  entryPoints: { ocilens: "src/main.ts" },
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  outdir: "dist",
  // The sources are ESM; the few that locate files next to the bundle read import.meta.url.
  define: { "import.meta.url": "__ocilensBundleUrl" },
  // Without comments and indentation the file is 30% smaller: less to read and to hold at every start.
  minifyWhitespace: true,
  // import() of a Node built-in (node:https, loaded on the first https request) becomes a require(): code
  // compiled by vm.Script from V8's cache loses its dynamic-import callback on Node 20, and import() fails there.
  supported: { "dynamic-import": false },
  banner: {
    js: '"use strict"; const __ocilensBundleUrl = require("node:url").pathToFileURL(__filename).href;',
  },
});

await build({
  ...common,
  // The hashing worker is its own tiny bundle so that worker threads start in milliseconds.
  entryPoints: { "hash-worker": "src/hashing/worker.ts" },
  format: "esm",
  outdir: "dist",
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle a real one.
  banner: {
    js: 'import { createRequire as __ocilensRequire } from "node:module"; const require = __ocilensRequire(import.meta.url);',
  },
});
