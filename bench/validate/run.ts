/**
 * Bundles bench.ts with esbuild and runs it, so validation is measured as the CLI and the playground ship it.
 *
 *   pnpm exec tsx bench/validate/run.ts      (from the repository root)
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleForNode } from "../bundle-for-node.js";

process.env.OCILENS_BENCH_CORPUS = fileURLToPath(
  new URL("../../../shared/corpus/upstream/", import.meta.url),
);
const bundle = bundleForNode(new URL("./bench.ts", import.meta.url));
try {
  await import(pathToFileURL(bundle.file).href);
} finally {
  bundle.dispose();
}
