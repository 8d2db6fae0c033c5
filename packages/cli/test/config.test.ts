import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { CONFIG, INDEX_WITHOUT_PLATFORM } from "./validate-fixtures.js";

// outer/ocilens.config.json  (outside the repository: never applies)
// outer/repo/.git, outer/repo/ocilens.config.json, outer/repo/images/deep/warn.json
let outer: string;
let repo: string;
let deep: string;
const writeConfig = (folder: string, config: unknown) =>
  writeFileSync(
    join(folder, "ocilens.config.json"),
    typeof config === "string" ? config : JSON.stringify(config),
  );

beforeAll(() => {
  outer = mkdtempSync(join(tmpdir(), "ocilens-config-"));
  repo = join(outer, "repo");
  deep = join(repo, "images", "deep");
  mkdirSync(deep, { recursive: true });
  mkdirSync(join(repo, ".git"));
  writeFileSync(join(deep, "warn.json"), INDEX_WITHOUT_PLATFORM);
  writeFileSync(join(deep, "config.json"), CONFIG);
});
afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe("ocilens.config.json", () => {
  it("is found from the working directory upward and applies its fail level", async () => {
    writeConfig(repo, { failLevel: "warning" });
    const result = await runCli(["validate", "warn.json"], { cwd: deep });
    expect(result.code).toBe(1);
  });

  it("stops at the git root: a config above the repository does not apply", async () => {
    rmSync(join(repo, "ocilens.config.json"), { force: true });
    writeConfig(outer, { failLevel: "warning" });
    const result = await runCli(["validate", "warn.json"], { cwd: deep });
    expect(result.code).toBe(0);
  });

  it("turns rules off or changes their severity, and flags override it", async () => {
    writeConfig(repo, { failLevel: "warning", rules: { "desc.platform-recommended": "off" } });
    expect((await runCli(["validate", "warn.json"], { cwd: deep })).code).toBe(0);
    const overridden = await runCli(
      ["validate", "warn.json", "--rule", "desc.platform-recommended=info", "--format", "json"],
      {
        cwd: deep,
      },
    );
    expect(JSON.parse(overridden.stdout).files[0].diagnostics).toEqual([
      expect.objectContaining({ rule: "desc.platform-recommended", severity: "info" }),
    ]);
    expect(overridden.code).toBe(0);
    expect(
      (
        await runCli(
          ["validate", "warn.json", "--fail-level", "error", "--rule", "desc.platform-recommended=warning"],
          { cwd: deep },
        )
      ).code,
    ).toBe(0);
  });

  it("takes limits: maxSize", async () => {
    writeConfig(repo, { maxSize: 16 });
    const result = await runCli(["validate", "config.json", "--format", "json"], { cwd: deep });
    expect(JSON.parse(result.stdout).files[0].diagnostics[0].rule).toBe("limit.document-size");
    expect((await runCli(["validate", "config.json", "--max-size", "100000"], { cwd: deep })).code).toBe(0);
  });

  it("can be named with --config", async () => {
    rmSync(join(repo, "ocilens.config.json"), { force: true });
    const elsewhere = join(outer, "strict.json");
    writeFileSync(elsewhere, JSON.stringify({ failLevel: "warning" }));
    expect((await runCli(["validate", "warn.json", "--config", elsewhere], { cwd: deep })).code).toBe(1);
  });

  it("exits 2 with a message naming the file for anything unknown or malformed", async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ rules: { "desc.no-such-rule": "off" } }, /unknown rule "desc\.no-such-rule"/],
      [
        { rules: { "desc.platform-recommended": "loud" } },
        /the setting must be "off", "error", "warning" or "info"/,
      ],
      [{ failLevel: "fatal" }, /"failLevel" must be "error", "warning" or "info"/],
      [{ maxSize: "big" }, /"maxSize" must be a positive whole number of bytes/],
      [{ rulez: {} }, /unknown member "rulez"/],
      ["{ not json", /cannot read .*ocilens\.config\.json/],
    ];
    for (const [config, message] of cases) {
      writeConfig(repo, config);
      const result = await runCli(["validate", "warn.json"], { cwd: deep });
      expect(result.code, JSON.stringify(config)).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(join(repo, "ocilens.config.json"));
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    rmSync(join(repo, "ocilens.config.json"), { force: true });
  });
});
