import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import {
  BROKEN_INDEX,
  CONFIG,
  CONFIG_WITH_INFO,
  INDEX_WITHOUT_PLATFORM,
  manifestFor,
} from "./validate-fixtures.js";

type JsonReport = {
  files: Array<{
    path: string;
    kind: string;
    mediaType: string | null;
    digest: string;
    size: number;
    valid: boolean;
    diagnostics: Array<{ rule: string; severity: string; message: string; pointer: string; range: unknown }>;
  }>;
  summary: { files: number; errors: number; warnings: number; infos: number };
};

/** The start of every ANSI colour sequence. */
const ESC = "\u001b[";
let dir: string;
const at = (name: string) => join(dir, name);
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const rules = (report: JsonReport) => report.files.flatMap((file) => file.diagnostics.map((d) => d.rule));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ocilens-validate-"));
  writeFileSync(at("config.json"), CONFIG);
  writeFileSync(at("manifest.json"), manifestFor(CONFIG));
  writeFileSync(at("manifest-wrong-size.json"), manifestFor(CONFIG, 7));
  writeFileSync(at("info.json"), CONFIG_WITH_INFO);
  writeFileSync(at("warn.json"), INDEX_WITHOUT_PLATFORM);
  writeFileSync(at("broken.json"), BROKEN_INDEX);
  mkdirSync(at("tree/nested/.hidden"), { recursive: true });
  writeFileSync(at("tree/a.json"), CONFIG);
  writeFileSync(at("tree/nested/b.json"), INDEX_WITHOUT_PLATFORM);
  writeFileSync(at("tree/nested/notes.txt"), "not json");
  writeFileSync(at("tree/nested/.hidden/c.json"), BROKEN_INDEX);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ocilens validate: exit codes", () => {
  it("exits 0 for valid documents and prints the contract's JSON report", async () => {
    const result = await runCli(["validate", at("config.json"), "--format", "json"]);
    expect(result.code).toBe(0);
    const report = json(result.stdout);
    expect(Object.keys(report)).toEqual(["files", "summary"]);
    expect(Object.keys(report.files[0]!)).toEqual([
      "path",
      "kind",
      "mediaType",
      "digest",
      "size",
      "valid",
      "diagnostics",
    ]);
    expect(report.files[0]).toMatchObject({
      path: at("config.json"),
      kind: "oci-config",
      size: Buffer.byteLength(CONFIG),
      valid: true,
    });
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0 });
  });

  it("exits 1 on errors, with rule keys, pointers and 1-based ranges", async () => {
    const result = await runCli(["validate", at("broken.json"), "--format", "json"]);
    expect(result.code).toBe(1);
    const [file] = json(result.stdout).files;
    expect(file!.valid).toBe(false);
    expect(file!.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "digest.sha256", severity: "error", pointer: "/manifests/0/digest" }),
        expect.objectContaining({
          rule: "desc.size-nonnegative",
          pointer: "/manifests/0/size",
          range: { start: { line: 5, column: 97 }, end: { line: 5, column: 99 } },
        }),
      ]),
    );
  });

  it("passes warnings unless --strict or --fail-level says otherwise", async () => {
    const plain = await runCli(["validate", at("warn.json"), "--format", "json"]);
    expect(json(plain.stdout).summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(plain.code).toBe(0);
    expect((await runCli(["validate", at("warn.json"), "--strict"])).code).toBe(1);
    expect((await runCli(["validate", at("warn.json"), "--fail-level", "warning"])).code).toBe(1);
    const info = await runCli(["validate", at("info.json"), "--format", "json"]);
    expect(json(info.stdout).summary).toMatchObject({ errors: 0, warnings: 0, infos: 1 });
    expect(info.code).toBe(0);
    expect((await runCli(["validate", at("info.json"), "--fail-level", "info"])).code).toBe(1);
  });

  it("lets --rule turn a rule off or change its severity", async () => {
    const off = await runCli([
      "validate",
      at("warn.json"),
      "--strict",
      "--rule",
      "desc.platform-recommended=off",
    ]);
    expect(off.code).toBe(0);
    const raised = await runCli([
      "validate",
      at("warn.json"),
      "--rule",
      "desc.platform-recommended=error",
      "--format",
      "json",
    ]);
    expect(raised.code).toBe(1);
    expect(json(raised.stdout).files[0]!.diagnostics[0]).toMatchObject({ severity: "error" });
  });

  it("exits 2 on usage errors and unreadable input, with one clear line and no stack trace", async () => {
    const cases = [
      [["validate", at("config.json"), "--rule", "no.such-rule=off"], /unknown rule "no\.such-rule"/],
      [
        ["validate", at("config.json"), "--rule", "desc.size-nonnegative=loud"],
        /"off", "error", "warning" or "info"/,
      ],
      [["validate", at("config.json"), "--format", "xml"], /xml/],
      [["validate", at("config.json"), "--expect", "nonsense"], /neither a kind/],
      [["validate", at("missing.json")], /cannot read .*missing\.json: ENOENT/],
      [["validate", at("config.json"), "--max-size", "-5"], /--max-size must be a positive whole number/],
    ] as const;
    for (const [args, message] of cases) {
      const result = await runCli([...args]);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("ocilens validate: inputs", () => {
  it("reads standard input for - and when no path is given", async () => {
    for (const args of [
      ["validate", "-", "--format", "json"],
      ["validate", "--format", "json"],
    ]) {
      const result = await runCli(args, { input: BROKEN_INDEX });
      expect(result.code).toBe(1);
      expect(json(result.stdout).files[0]).toMatchObject({ path: "-", kind: "oci-index" });
    }
  });

  it("takes --expect as a kind or a media type for documents that do not name themselves", async () => {
    for (const expect_ of ["oci-config", "application/vnd.oci.image.config.v1+json"]) {
      const result = await runCli(["validate", "-", "--expect", expect_, "--format", "json"], {
        input: CONFIG,
      });
      expect(json(result.stdout).files[0]!.kind).toBe("oci-config");
    }
  });

  it("expands quoted globs itself, and exits 1 when a glob matches nothing", async () => {
    const result = await runCli(["validate", "tree/**/*.json", "--format", "json"], { cwd: dir });
    expect(json(result.stdout).files.map((file) => file.path)).toEqual(["tree/a.json", "tree/nested/b.json"]);
    expect(result.code).toBe(0);
    const none = await runCli(["validate", "nothing/*.json"], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/nothing matched nothing\/\*\.json/);
  });

  it("walks a folder for *.json, skipping dot-folders and other files", async () => {
    const result = await runCli(["validate", at("tree"), "--format", "json"]);
    expect(json(result.stdout).files.map((file) => file.path)).toEqual([
      at("tree/a.json"),
      at("tree/nested/b.json"),
    ]);
  });

  it("cross-checks documents given together, and only then", async () => {
    const alone = await runCli(["validate", at("manifest-wrong-size.json"), "--format", "json"]);
    expect(rules(json(alone.stdout))).not.toContain("xref.content-digest");
    const together = await runCli([
      "validate",
      at("manifest-wrong-size.json"),
      at("config.json"),
      "--format",
      "json",
    ]);
    expect(together.code).toBe(1);
    expect(json(together.stdout).files[0]!.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "xref.content-digest", pointer: "/config/size" }),
    );
    const matching = await runCli(["validate", at("manifest.json"), at("config.json"), "--format", "json"]);
    expect(rules(json(matching.stdout))).not.toContain("xref.content-digest");
  });

  it("does not read inputs above --max-size, and says so", async () => {
    const result = await runCli(["validate", at("config.json"), "--max-size", "10", "--format", "json"]);
    expect(result.code).toBe(1);
    const [file] = json(result.stdout).files;
    expect(file).toMatchObject({ kind: "unknown", size: Buffer.byteLength(CONFIG) });
    expect(file!.diagnostics).toEqual([
      expect.objectContaining({ rule: "limit.document-size", severity: "error" }),
    ]);
  });
});

describe("ocilens validate --format text", () => {
  it("prints a block per file with a code frame under each finding, and the summary on stderr", async () => {
    const result = await runCli(["validate", at("broken.json")]);
    expect(result.stdout).toContain(`${at("broken.json")}  oci-index`);
    expect(result.stdout).toMatch(/5:97 +error +"size" is -1.*desc\.size-nonnegative/);
    const lines = result.stdout.split("\n");
    const caret = lines.findIndex((line) => /\|\s+\^\^$/.test(line));
    expect(lines[caret - 1]).toMatch(/> 5 \| .*"size": -1,/);
    // The carets sit under `-1`.
    expect(lines[caret]!.indexOf("^")).toBe(lines[caret - 1]!.indexOf("-1"));
    expect(result.stdout).not.toContain(ESC);
    expect(result.stderr).toMatch(/2 errors, 0 warnings, 0 infos in 1 file/);
  });

  it("colours only with --color (or a terminal), and never with --no-color", async () => {
    const colored = await runCli(["validate", at("broken.json"), "--color"]);
    expect(colored.stdout).toContain(`${ESC}31merror`);
    const plain = await runCli(["validate", at("broken.json"), "--no-color"], { env: { NO_COLOR: "" } });
    expect(plain.stdout).not.toContain(ESC);
  });
});
