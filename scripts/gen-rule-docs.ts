/**
 * Writes docs/rules.md from the rule registry. Run: pnpm --filter @ocilens/cli exec tsx ../../scripts/gen-rule-docs.ts
 * (packages/core/test/rule-docs.test.ts fails when the committed page is out of date).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { RULES } from "../packages/core/src/index.js";
import { renderRuleReference } from "./rule-docs.js";

const target = new URL("../docs/rules.md", import.meta.url);
mkdirSync(new URL(".", target), { recursive: true });
writeFileSync(target, renderRuleReference(RULES));
process.stdout.write(`wrote ${target.pathname} (${RULES.length} rules)\n`);
