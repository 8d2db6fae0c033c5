#!/usr/bin/env node
// Runs the bundle that `pnpm install` builds; falls back to the TypeScript sources through tsx so that a
// checkout without a build still works.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/ocilens.js", import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/main.ts", import.meta.url).href);
}
