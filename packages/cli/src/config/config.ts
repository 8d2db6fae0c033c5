/**
 * `ocilens.config.json`: rule settings, fail level and limits for a repository. It is looked up from the
 * working directory upward, stopping at the git root, so a config outside the repository never applies.
 * Flags override it. Anything unknown (a misspelt member, a rule key that does not exist) is a usage error:
 * a silently ignored setting is worse than a failing run.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { findRule, type RuleSetting, type Severity } from "@ocilens/core";
import { UsageError } from "../io/exit.js";
import { findGitRoot } from "./git-root.js";

export const CONFIG_FILE = "ocilens.config.json";

export type OcilensConfig = {
  rules: Record<string, RuleSetting>;
  failLevel?: Severity;
  /** Largest input read, in bytes. */
  maxSize?: number;
};

const SEVERITIES: readonly string[] = ["error", "warning", "info"];
const SETTINGS: readonly string[] = ["off", ...SEVERITIES];
const MEMBERS = new Set(["$schema", "rules", "failLevel", "maxSize"]);

/** The nearest config file from `cwd` up to the git root (or the filesystem root outside a repository). */
export function findConfig(cwd: string): string | null {
  const stop = findGitRoot(cwd);
  for (let directory = cwd; ; directory = dirname(directory)) {
    const candidate = join(directory, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (directory === stop || dirname(directory) === directory) return null;
  }
}

export function loadConfig(path: string): OcilensConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
  const fail = (message: string): never => {
    throw new UsageError(`${path}: ${message}`);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    fail("the configuration must be a JSON object");
  const object = raw as Record<string, unknown>;
  for (const member of Object.keys(object)) {
    if (!MEMBERS.has(member)) fail(`unknown member "${member}" (known: ${[...MEMBERS].join(", ")})`);
  }
  const config: OcilensConfig = { rules: {} };
  if (object.rules !== undefined) {
    if (typeof object.rules !== "object" || object.rules === null || Array.isArray(object.rules)) {
      fail(`"rules" must be an object of rule key → "off" | "error" | "warning" | "info"`);
    }
    for (const [key, setting] of Object.entries(object.rules as Record<string, unknown>)) {
      config.rules[key] = checkRuleSetting(key, setting, fail);
    }
  }
  if (object.failLevel !== undefined) {
    if (typeof object.failLevel !== "string" || !SEVERITIES.includes(object.failLevel)) {
      fail(`"failLevel" must be "error", "warning" or "info"`);
    }
    config.failLevel = object.failLevel as Severity;
  }
  if (object.maxSize !== undefined)
    config.maxSize = checkByteCount(object.maxSize, (m) => fail(`"maxSize" ${m}`));
  return config;
}

export function checkRuleSetting(
  key: string,
  setting: unknown,
  fail: (message: string) => never,
): RuleSetting {
  if (!findRule(key)) fail(`unknown rule "${key}" (see docs/rules.md for the rule keys)`);
  if (typeof setting !== "string" || !SETTINGS.includes(setting)) {
    fail(
      `rule "${key}": the setting must be "off", "error", "warning" or "info", not ${JSON.stringify(setting)}`,
    );
  }
  return setting as RuleSetting;
}

export function checkByteCount(value: unknown, fail: (message: string) => never): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0)
    fail("must be a positive whole number of bytes");
  return value as number;
}
