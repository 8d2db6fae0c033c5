import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateDocuments } from "@ocilens/core";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../src/examples/index.js";
import { exportReport, type ReportFormat } from "../src/workspace/report-export.js";

const cliBin = new URL("../../../packages/cli/bin/ocilens.js", import.meta.url).pathname;

/** What `ocilens validate` prints for the same documents written as files under their names. */
function cliOutput(documents: ReadonlyArray<{ name: string; text: string }>, format: ReportFormat): string {
  const dir = mkdtempSync(join(tmpdir(), "ocilens-playground-"));
  for (const document of documents) writeFileSync(join(dir, document.name), document.text);
  const result = spawnSync(
    process.execPath,
    [cliBin, "validate", ...documents.map((document) => document.name), "--format", format],
    { cwd: dir, encoding: "utf8" },
  );
  return result.stdout;
}

function playgroundOutput(
  documents: ReadonlyArray<{ name: string; text: string }>,
  format: ReportFormat,
): string {
  const reports = validateDocuments(
    documents.map((document) => ({ name: document.name, bytes: document.text })),
  );
  return exportReport(
    format,
    documents.map((document, i) => ({ name: document.name, report: reports[i]! })),
  );
}

describe("report downloads", () => {
  for (const id of ["wrong-size", "aarch64-entry"]) {
    // A name the SARIF location must percent-encode, as the CLI does.
    const documents = EXAMPLES.find((example) => example.id === id)!.documents.map((document, i) =>
      i === 0 ? { ...document, name: "my index #1.json" } : document,
    );
    for (const format of ["json", "sarif"] as const) {
      it(`are the bytes the CLI prints: ${id}, ${format}`, () => {
        const output = playgroundOutput(documents, format);
        expect(output.length).toBeGreaterThan(100);
        expect(output).toBe(cliOutput(documents, format));
      });
    }
  }
});
