#!/usr/bin/env node
// Runs the bundle that `pnpm install` builds, through V8's code cache; falls back to the TypeScript sources
// through tsx so that a checkout without a build still works. CommonJS (see package.json here), like the bundle.
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const bundle = join(__dirname, "..", "dist", "ocilens.cjs");
if (existsSync(bundle)) {
  require("./code-cache.js").runBundle(bundle, process.argv.slice(2));
} else {
  import("tsx/esm/api").then(({ register }) => {
    register();
    return import(pathToFileURL(join(__dirname, "..", "src", "main.ts")).href);
  });
}
