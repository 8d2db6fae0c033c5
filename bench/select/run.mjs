// Runs bench.ts as the core ships (bundled by esbuild, like the CLI and the playground; tsx would add keepNames
// wrappers to every closure and measure those instead).   node bench/select/run.mjs
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../../packages/cli/package.json", import.meta.url));
const { build } = require("esbuild");
const result = await build({
  entryPoints: [fileURLToPath(new URL("./bench.ts", import.meta.url))],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  write: false,
  logLevel: "warning",
});
const [bundle] = result.outputFiles;
await import(`data:text/javascript;base64,${Buffer.from(bundle.text).toString("base64")}`);
