/**
 * Validation off the main thread: the workspace's documents are validated together with the core's
 * validateDocuments (the same call the CLI makes for files given together), so typing never waits for it.
 */
import { findRule, validateDocuments } from "@ocilens/core";
import type { RuleInfo, ValidationRequest, ValidationResponse } from "./protocol.js";
import { expectationOf } from "../workspace/roles.js";

function ruleInfo(key: string): RuleInfo | undefined {
  const rule = findRule(key);
  return rule && { id: rule.id, key: rule.key, summary: rule.summary, docs: rule.docs, source: rule.source };
}

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { documents } = event.data;
  let response: ValidationResponse;
  try {
    const started = performance.now();
    const named = validateDocuments(
      documents.map((document) => ({
        name: document.name,
        bytes: document.text,
        expect: expectationOf(document.name),
      })),
    );
    const elapsed = performance.now() - started;
    const reports = Object.fromEntries(documents.map((document, i) => [document.id, named[i]!]));
    const keys = new Set(named.flatMap((report) => report.diagnostics.map((diagnostic) => diagnostic.rule)));
    const rules = Object.fromEntries(
      [...keys].flatMap((key) => {
        const info = ruleInfo(key);
        return info ? [[key, info]] : [];
      }),
    );
    response = { reports, rules, elapsed };
  } catch (error) {
    response = { error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
