/**
 * bin/ocilens.js runs the bundle through V8's code cache (bin/code-cache.js). Each test works on its own copy of
 * bin/ and dist/, so that the caches it writes and breaks are its own.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const PLATFORM_ARGS = ["platform", "linux/aarch64"];
const PLATFORM_OUTPUT = "linux/aarch64  linux/arm64\n";

let copy: string;
const cacheFolder = () => join(copy, "dist", ".code-cache");
/** The fallback for read-only installations, $XDG_CACHE_HOME/ocilens, inside the copy too. */
const userCacheFolder = () => join(copy, "user-cache", "ocilens");
const cacheFiles = (folder = cacheFolder()) => readdirSync(folder).sort();

function run(args: string[]) {
  return spawnSync(process.execPath, [join(copy, "bin", "ocilens.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", XDG_CACHE_HOME: join(copy, "user-cache") },
  });
}

// One snapshot of the build, taken at once: other test runs in this working tree may rebuild dist/ meanwhile.
let pristine: string;

beforeAll(() => {
  pristine = mkdtempSync(join(tmpdir(), "ocilens-code-cache-build-"));
  cpSync(join(PACKAGE, "bin"), join(pristine, "bin"), { recursive: true });
  for (const file of ["ocilens.cjs", "hash-worker.js"])
    cpSync(join(PACKAGE, "dist", file), join(pristine, "dist", file), { preserveTimestamps: true });
});

afterAll(() => rmSync(pristine, { recursive: true, force: true }));

beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), "ocilens-code-cache-"));
  cpSync(pristine, copy, { recursive: true });
});

afterEach(() => rmSync(copy, { recursive: true, force: true }));

describe("the code cache of the bundle", () => {
  it("is written by a command's first run and used unchanged by the next", () => {
    const first = run(PLATFORM_ARGS);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(PLATFORM_OUTPUT);
    const [name] = cacheFiles();
    expect(cacheFiles()).toEqual([expect.stringMatching(/^platform-\d+-\d+\.v8$/)]);
    const written = statSync(join(cacheFolder(), name!));

    const second = run(PLATFORM_ARGS);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(PLATFORM_OUTPUT);
    // A cache V8 rejected would have been replaced (a new file renamed over it).
    expect(statSync(join(cacheFolder(), name!)).ino).toBe(written.ino);
  });

  it("keeps one cache per command, and one for runs without a command", () => {
    expect(run(PLATFORM_ARGS).status).toBe(0);
    expect(run(["--version"]).status).toBe(0);
    expect(cacheFiles().map((file) => file.split("-")[0])).toEqual(["_", "platform"]);
  });

  it("replaces a cache V8 rejects, and the command still runs", () => {
    expect(run(PLATFORM_ARGS).status).toBe(0);
    const file = join(cacheFolder(), cacheFiles()[0]!);
    const garbage = new Uint8Array(statSync(file).size).fill(7);
    writeFileSync(file, garbage);

    const result = run(PLATFORM_ARGS);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(PLATFORM_OUTPUT);
    expect(readFileSync(file).equals(garbage)).toBe(false);
    const replaced = statSync(file).ino;
    expect(run(PLATFORM_ARGS).status).toBe(0);
    expect(statSync(file).ino).toBe(replaced);
  });

  it("is not written after a usage error", () => {
    const result = run(["platform", "--no-such-option"]);
    expect(result.status).toBe(2);
    expect(() => readdirSync(cacheFolder())).toThrow();
    expect(() => readdirSync(userCacheFolder())).toThrow();
  });

  it("removes the command's caches of earlier builds when it writes one, and keeps the other commands'", () => {
    mkdirSync(cacheFolder());
    writeFileSync(join(cacheFolder(), "platform-1000-1.v8"), "an earlier build's");
    writeFileSync(join(cacheFolder(), "select-1000-1.v8"), "another command's");
    expect(run(PLATFORM_ARGS).status).toBe(0);
    expect(cacheFiles()).toEqual([expect.stringMatching(/^platform-\d+-\d+\.v8$/), "select-1000-1.v8"]);
    expect(cacheFiles()[0]).not.toBe("platform-1000-1.v8");
  });

  it("lives in $XDG_CACHE_HOME/ocilens when the installation is read-only", () => {
    // A file where the cache folder should be: writes there fail, as in a read-only installation.
    writeFileSync(cacheFolder(), "");
    expect(run(PLATFORM_ARGS).status).toBe(0);
    const [name] = cacheFiles(userCacheFolder());
    expect(name).toMatch(/^platform-\d+-\d+\.v8$/);
    const written = statSync(join(userCacheFolder(), name!)).ino;

    const second = run(PLATFORM_ARGS);
    expect(second.stdout).toBe(PLATFORM_OUTPUT);
    expect(statSync(join(userCacheFolder(), name!)).ino).toBe(written);
  });

  it("runs without a cache where none can be written", () => {
    writeFileSync(cacheFolder(), "");
    mkdirSync(dirname(userCacheFolder()));
    writeFileSync(userCacheFolder(), "");
    const result = run(PLATFORM_ARGS);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(PLATFORM_OUTPUT);
    expect(result.stderr).toBe("");
  });
});
