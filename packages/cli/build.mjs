// Bundles the CLI and the core it uses into one ESM file, so `ocilens` starts in tens of milliseconds.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: "dist/ocilens.js",
  // CommonJS dependencies (commander) call require() for Node built-ins; give the ESM bundle a real one.
  banner: {
    js: 'import { createRequire as __ocilensRequire } from "node:module"; const require = __ocilensRequire(import.meta.url);',
  },
  logLevel: "warning",
});
