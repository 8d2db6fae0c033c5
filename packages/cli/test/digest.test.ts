import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  writeFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLayout } from "./layout-fixture.js";
import { BIN, runCli } from "./run-cli.js";

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

describe("ocilens digest progress", () => {
  it("draws a progress bar on a terminal for work longer than a second, and clears it", () => {
    // 4 GiB of a sparse file take several seconds to hash; `script` gives the command a terminal.
    const big = join(dir, "four-gib-sparse");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 4 * 1024 ** 3);
    closeSync(fd);
    const screen = execFileSync(
      "script",
      ["-qc", `"${process.execPath}" "${BIN}" digest "${big}"`, "/dev/null"],
      {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(screen).toMatch(/hashing [█░]{30} \d+%/);
    expect(screen).toContain("\r\u001b[2K");
    expect(screen.trimEnd().endsWith(`4294967296  ${big}`)).toBe(true);
  }, 120_000);

  it("draws nothing when stderr is not a terminal", async () => {
    const result = await runCli(["digest", join(dir, "mib")]);
    expect(result.stderr).toBe("");
  });
});

describe("ocilens digest on folders and layouts", () => {
  it("walks a folder and hashes every file in it, sorted", async () => {
    const folder = join(dir, "tree");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "b.bin"), "b");
    writeFileSync(join(folder, "sub", "a.txt"), "a");
    const result = await runCli(["digest", folder, "--format", "json"]);
    expect(result.code).toBe(0);
    const lines = JSON.parse(result.stdout) as Array<{ path: string; digest: string; size: number }>;
    expect(lines.map((line) => line.path)).toEqual([join(folder, "b.bin"), join(folder, "sub", "a.txt")]);
    expect(lines[1]!.digest).toBe(sha256sum(join(folder, "sub", "a.txt")));
  });

  it("checks every blob of a layout against its name: ok, or mismatch with exit 1", async () => {
    const layout = await buildLayout(join(dir, "layout"));
    const good = await runCli(["digest", layout.root, "--format", "json"]);
    expect(good.code).toBe(0);
    const lines = JSON.parse(good.stdout) as Array<{
      path: string;
      digest: string;
      size: number;
      status: string;
    }>;
    expect(lines).toHaveLength(7);
    expect(lines.every((line) => line.status === "ok" && line.path.endsWith(line.digest.slice(7)))).toBe(
      true,
    );

    appendFileSync(layout.layers[1]!.path, "tampered");
    const bad = await runCli(["digest", layout.root]);
    expect(bad.code).toBe(1);
    const tampered = bad.stdout.split("\n").find((line) => line.includes(layout.layers[1]!.path))!;
    expect(tampered).toMatch(/^sha256:[0-9a-f]{64} {2}\d+ {2}.* {2}mismatch$/);
    expect(tampered.startsWith(sha256sum(layout.layers[1]!.path))).toBe(true);
  });
});
