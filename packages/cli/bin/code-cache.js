/**
 * Runs the CommonJS bundle through V8's code cache. Node 20 has no module.enableCompileCache, but vm.Script
 * accepts the bytecode an earlier run produced: compiling the bundle and every function a command calls then
 * costs a few milliseconds of deserialising instead of parsing and compiling again (about 40 ms of CPU for
 * `inspect`). Each command keeps its own cache, written when its first run ends, because a cache holds the
 * functions that run compiled. The caches live next to the bundle (a rebuild, which empties dist/, drops them)
 * or, where the installation is read-only, in $XDG_CACHE_HOME/ocilens (~/.cache/ocilens). Their names carry
 * the bundle's size and mtime, since V8 checks only the source's length; writing one removes the command's
 * caches of other builds from that folder. When V8 rejects a cache (another Node version, other flags), the
 * command runs compiled afresh and the cache is rewritten; without any writable folder it runs uncached.
 */
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} = require("node:fs");
const { createRequire } = require("node:module");
const { homedir } = require("node:os");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

/** Where caches may live, in order of preference. */
function cacheFolders(bundlePath) {
  const userCache = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return [join(dirname(bundlePath), ".code-cache"), join(userCache, "ocilens")];
}

/** The first cache found, and the folder it was found in. */
function readCache(folders, name) {
  for (const folder of folders) {
    try {
      return { folder, data: readFileSync(join(folder, name)) };
    } catch {
      // not cached in this folder
    }
  }
  return undefined;
}

/**
 * Written to a private name first, so that a concurrent run never reads half a cache. Returns whether the
 * folder took it.
 */
function writeCache(folder, name, command, data) {
  try {
    mkdirSync(folder, { recursive: true });
    const partial = join(folder, `${name}.${process.pid}`);
    writeFileSync(partial, data);
    renameSync(partial, join(folder, name));
  } catch {
    return false;
  }
  for (const stale of readdirSync(folder)) {
    if (stale.startsWith(`${command}-`) && stale.endsWith(".v8") && stale !== name) {
      try {
        unlinkSync(join(folder, stale));
      } catch {
        // another run removed it first
      }
    }
  }
  return true;
}

function runBundle(bundlePath, args) {
  const source = readFileSync(bundlePath, "utf8");
  // One cache per command; option-only runs (--version, --help) share one.
  const command = /^[a-z][a-z-]{0,31}$/.test(args[0] ?? "") ? args[0] : "_";
  const bundle = statSync(bundlePath);
  const name = `${command}-${bundle.size}-${Math.trunc(bundle.mtimeMs)}.v8`;
  const folders = cacheFolders(bundlePath);
  const cached = readCache(folders, name);
  // The wrapper Node itself puts around a CommonJS file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    cachedData: cached?.data,
  });
  if (cached === undefined || script.cachedDataRejected) {
    process.once("exit", (code) => {
      // A usage error ran little of the command: its cache would hold little.
      if (code !== 0 && code !== 1) return;
      const data = script.createCachedData();
      const candidates = cached ? [cached.folder] : folders;
      candidates.some((folder) => writeCache(folder, name, command, data));
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
