/**
 * Sizes declared in a layout are claims, not allocations: a descriptor in index.json that says its blob is
 * petabytes long makes the CLI read the real file (bounded by --max-size), report the mismatch at the size's
 * position, and validate everything below it. The other hostile-layout cases (symlinks, `..`, absolute paths,
 * digests that would be paths, gzip bombs, truncated archives) are in ../layout.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildLayout } from "../layout-fixture.js";
import { runCli } from "../run-cli.js";

type JsonReport = {
  files: Array<{ path: string; diagnostics: Array<{ rule: string; pointer: string; severity: string }> }>;
};

const scratch = mkdtempSync(join(tmpdir(), "ocilens-sizes-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("declared sizes far beyond the file", () => {
  it.each([
    ["2^53 - 1", "9007199254740991"],
    ["int64 max", "9223372036854775807"],
  ])("index.json claiming %s bytes: the real blob is read and the size reported", async (_, size) => {
    const layout = await buildLayout(join(scratch, size));
    const indexJson = join(layout.root, "index.json");
    const text = readFileSync(indexJson, "utf8");
    writeFileSync(indexJson, text.replace(`"size": ${layout.index.size}`, `"size": ${size}`));

    const result = await runCli(["validate", layout.root, "--format", "json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    const rootFindings = report.files.find((file) => file.path.endsWith("index.json"))!.diagnostics;
    expect(rootFindings).toContainEqual(
      expect.objectContaining({
        rule: "xref.content-digest",
        pointer: "/manifests/0/size",
        severity: "error",
      }),
    );
    // Everything below was still read and checked: the nested index, both manifests and both configs.
    const paths = report.files.map((file) => file.path);
    for (const blob of [layout.index, ...layout.manifests, ...layout.configs])
      expect(paths.some((path) => path.endsWith(blob.digest.slice("sha256:".length)))).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
