import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv04 from "ajv-draft-04";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "../src/output/github.js";
import { escapeXml } from "../src/output/junit.js";
import { buildLayout, entriesOf, writeTar } from "./layout-fixture.js";
import { runCli } from "./run-cli.js";
import { BROKEN_INDEX, CONFIG, INDEX_WITHOUT_PLATFORM } from "./validate-fixtures.js";

/** The official SARIF 2.1.0 schema, as shipped by Microsoft's jest-sarif package. */
const sarifSchema = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"),
    "utf8",
  ),
);

// A repository with the documents in a subfolder, so repository-relative paths are visible.
const repo = mkdtempSync(join(tmpdir(), "ocilens-output-"));
const inImages = { cwd: join(repo, "images") };
// The schema's language pattern is not valid under the `u` flag, and ajv-formats is not installed: formats are
// not checked (our URIs are checked by the assertions below).
const validateSarif = new Ajv04({
  strict: false,
  allErrors: true,
  unicodeRegExp: false,
  validateFormats: false,
}).compile(sarifSchema);
beforeAll(async () => {
  mkdirSync(join(repo, ".git"));
  mkdirSync(join(repo, "images"));
  writeFileSync(join(repo, "images", "broken.json"), BROKEN_INDEX);
  writeFileSync(join(repo, "images", "warn.json"), INDEX_WITHOUT_PLATFORM);
  writeFileSync(join(repo, "images", "config.json"), CONFIG);
  const layout = await buildLayout(join(repo, "layout-src"));
  writeFileSync(layout.layers[0]!.path, "corrupted layer");
  await writeTar(join(repo, "image.tar"), entriesOf(layout.root));
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("--format sarif", () => {
  it("is valid SARIF 2.1.0 with rule metadata and repository-relative locations", async () => {
    const result = await runCli(
      ["validate", "broken.json", "warn.json", "config.json", "--format", "sarif"],
      inImages,
    );
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);

    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("ocilens");
    const rule = run.tool.driver.rules.find(
      (candidate: { id: string }) => candidate.id === "desc.size-nonnegative",
    );
    expect(rule).toMatchObject({
      id: "desc.size-nonnegative",
      name: "R20",
      shortDescription: { text: expect.any(String) },
      fullDescription: { text: expect.any(String) },
      defaultConfiguration: { level: "error" },
      helpUri: expect.stringMatching(/docs\/rules\.md#descsize-nonnegative$/),
    });
    const result0 = run.results.find(
      (candidate: { ruleId: string }) => candidate.ruleId === "desc.size-nonnegative",
    );
    expect(run.tool.driver.rules[result0.ruleIndex].id).toBe("desc.size-nonnegative");
    expect(result0.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "images/broken.json" },
      region: { startLine: 5, startColumn: 97, endLine: 5, endColumn: 99 },
    });
    const levels = new Set(run.results.map((candidate: { level: string }) => candidate.level));
    expect(levels).toEqual(new Set(["error", "warning"]));
  });

  it("points findings inside a layout archive at the archive, without a region", async () => {
    const result = await runCli(["validate", "image.tar", "--format", "sarif"], { cwd: repo });
    const log = JSON.parse(result.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const blobFinding = log.runs[0].results.find(
      (candidate: { ruleId: string }) => candidate.ruleId === "ol.blob-path",
    );
    expect(blobFinding.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "image.tar" } });
    expect(blobFinding.message.text).toMatch(/^blobs\/sha256\/[0-9a-f]{64}: /);
  });
});

describe("--format github", () => {
  it("prints one workflow command per finding with file, lines, columns and title", async () => {
    const result = await runCli(["validate", "broken.json", "warn.json", "--format", "github"], inImages);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toContain(
      `::error file=images/broken.json,line=5,endLine=5,col=97,endColumn=99,title=desc.size-nonnegative::"size" is -1; a size must not be negative.`,
    );
    expect(
      lines.some((line) =>
        line.startsWith("::warning file=images/warn.json,line=5,endLine=9,title=desc.platform-recommended::"),
      ),
    ).toBe(true);
  });

  it("escapes %, CR, LF in messages and also : and , in properties", async () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext%3A a%2C b");
    const odd = join(repo, "images", "odd%,name:.json");
    writeFileSync(odd, BROKEN_INDEX);
    const result = await runCli(["validate", "odd%,name:.json", "--format", "github"], inImages);
    expect(result.stdout).toContain("file=images/odd%25%2Cname%3A.json,");
    // SARIF wants a URI reference: the same name, percent-encoded.
    const sarif = JSON.parse(
      (await runCli(["validate", "odd%,name:.json", "--format", "sarif"], inImages)).stdout,
    );
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      "images/odd%25%2Cname%3A.json",
    );
  });

  it("writes the whole report to $GITHUB_STEP_SUMMARY as Markdown", async () => {
    const summary = join(repo, "summary.md");
    writeFileSync(summary, "earlier step\n");
    await runCli(["validate", "broken.json", "warn.json", "--format", "github"], {
      ...inImages,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    const markdown = readFileSync(summary, "utf8");
    expect(markdown).toMatch(
      /^earlier step\n## ocilens validate\n\n2 errors, 1 warning, 0 infos in 2 files\n/,
    );
    expect(markdown).toContain("| ❌ | broken.json | 5:97 | [desc.size-nonnegative](");
    expect(markdown.match(/^\| (❌|⚠️|ℹ️) \|/gm)).toHaveLength(3);
  });
});

describe("--format junit", () => {
  it("escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXml(`<a href="x">&\u0000\u0007ok</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&amp;ok&lt;/a&gt;",
    );
  });

  it("has one testsuite per file and one testcase per (file, rule), failing at the fail level", async () => {
    const result = await runCli(["validate", "broken.json", "warn.json", "--format", "junit"], inImages);
    const xml = result.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ocilens"')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toMatch(
      /<testcase name="desc\.size-nonnegative" classname="broken\.json">\s*<failure message="&quot;size&quot; is -1; a size must not be negative\." type="error">/,
    );
    // A warning is reported but does not fail …
    expect(xml).toMatch(
      /<testcase name="desc\.platform-recommended" classname="warn\.json">\s*<system-out>warning 5:5/,
    );
    // … unless --strict makes warnings fail.
    const strict = await runCli(["validate", "warn.json", "--format", "junit", "--strict"], inImages);
    expect(strict.stdout).toMatch(
      /<testcase name="desc\.platform-recommended" classname="warn\.json">\s*<failure /,
    );
    // Rules that apply to the kind and found nothing are passing testcases.
    const tests = Number(/<testsuites [^>]*tests="(\d+)"/.exec(xml)![1]);
    const failures = Number(/<testsuites [^>]*failures="(\d+)"/.exec(xml)![1]);
    expect(tests).toBeGreaterThan(10);
    expect(failures).toBe(xml.match(/<failure /g)!.length);
    expect(xml).toMatch(/<testcase name="digest\.grammar" classname="warn\.json"\/>/);
  });
});
