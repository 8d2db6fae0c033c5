/**
 * Runs the CommonJS bundle through V8's code cache. Node 20 has no module.enableCompileCache, but vm.Script
 * accepts the bytecode an earlier run produced: compiling the 1 MB bundle and every function a command calls
 * then costs a few milliseconds of deserialising instead of parsing and compiling again (about 40 ms of CPU
 * for `inspect`). Each command keeps its own cache, written when its first run ends, because a cache holds the
 * functions that run compiled. The caches live next to the bundle, so a rebuild (which empties dist/) drops
 * them; their names carry the bundle's size and mtime as well, since V8 checks only the source's length.
 * Without a writable place, or when V8 rejects a cache (another Node version or other flags), the command
 * simply runs compiled afresh and the cache is rewritten.
 */
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const { constants, Script } = require("node:vm");

/** One cache per command; option-only runs (--version, --help) share one. */
function cacheName(args, bundle) {
  const command = /^[a-z][a-z-]{0,31}$/.test(args[0] ?? "") ? args[0] : "_";
  return `${command}-${bundle.size}-${Math.trunc(bundle.mtimeMs)}.v8`;
}

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written to a private name first, so that a concurrent run never reads half a cache. */
function writeCache(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch {
    // A read-only installation runs without a cache.
  }
}

function runBundle(bundlePath, args) {
  const source = readFileSync(bundlePath, "utf8");
  const cacheFile = join(dirname(bundlePath), ".code-cache", cacheName(args, statSync(bundlePath)));
  const cachedData = readCache(cacheFile);
  // The wrapper Node itself puts around a CommonJS file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    cachedData,
    // import() inside the bundle (of Node built-ins) resolves as in any CommonJS file.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once("exit", (code) => {
      // A usage error ran little of the command: its cache would hold little.
      if (code === 0 || code === 1) writeCache(cacheFile, script.createCachedData());
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(bundlePath),
    module,
    bundlePath,
    dirname(bundlePath),
  );
}

module.exports = { runBundle };
