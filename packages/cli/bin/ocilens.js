#!/usr/bin/env node
// Runs the bundle that `pnpm install` builds, through V8's code cache; falls back to the TypeScript sources
// through tsx so that a checkout without a build still works.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = fileURLToPath(new URL("../dist/ocilens.cjs", import.meta.url));
if (existsSync(bundle)) {
  const { runBundle } = await import("./code-cache.js");
  runBundle(bundle, process.argv.slice(2));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/main.ts", import.meta.url).href);
}
