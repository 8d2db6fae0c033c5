import { execFileSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

let dir: string;
const sha256sum = (path: string) =>
  `sha256:${execFileSync("sha256sum", [path], { encoding: "utf8" }).split(" ")[0]}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ocilens-digest-"));
  writeFileSync(join(dir, "empty"), "");
  writeFileSync(join(dir, "one"), "x");
  writeFileSync(
    join(dir, "mib"),
    Buffer.alloc(1 << 20, 0).map((_, i) => (i * 131) & 0xff),
  );
  const fd = openSync(join(dir, "gib-sparse"), "w");
  ftruncateSync(fd, 1 << 30);
  closeSync(fd);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ocilens digest", () => {
  it.each(["empty", "one", "mib", "gib-sparse"])(
    "equals sha256sum for %s",
    async (name) => {
      const path = join(dir, name);
      const result = await runCli(["digest", path]);
      expect(result.code).toBe(0);
      const [digest, size, printedPath] = result.stdout.trim().split("  ");
      expect(digest).toBe(sha256sum(path));
      expect(Number(size)).toBe({ empty: 0, one: 1, mib: 1 << 20, "gib-sparse": 1 << 30 }[name]);
      expect(printedPath).toBe(path);
    },
    60_000,
  );

  it("reads standard input for -", async () => {
    const result = await runCli(["digest", "-", "--format", "json"], { input: "abc" });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        path: "-",
        digest: "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        size: 3,
      },
    ]);
  });

  it("supports sha512", async () => {
    const result = await runCli(["digest", "--algorithm", "sha512", join(dir, "one")]);
    expect(result.stdout).toMatch(/^sha512:[0-9a-f]{128} {2}1 {2}/);
  });

  it("exits 2 on an unreadable file and on a bad option, without a stack trace", async () => {
    const missing = await runCli(["digest", join(dir, "nope")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope: ENOENT/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const badAlgorithm = await runCli(["digest", "--algorithm", "md5", join(dir, "one")]);
    expect(badAlgorithm.code).toBe(2);
    expect(badAlgorithm.stderr).toMatch(/md5/);
  });
});
