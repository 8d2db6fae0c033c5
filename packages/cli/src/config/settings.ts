/**
 * The settings of one run: the config file's, overridden by flags. Fail level: `--fail-level`, else
 * `--strict` (warnings fail), else the config's `failLevel`, else errors only.
 */
import { DEFAULT_LIMITS, type RuleSetting, type Severity } from "@ocilens/core";
import { UsageError } from "../io/exit.js";
import { checkByteCount, checkRuleSetting, findConfig, loadConfig } from "./config.js";

export type RunFlags = {
  config?: string;
  rule?: string[];
  failLevel?: Severity;
  strict?: boolean;
  maxSize?: string;
};

export type RunSettings = {
  rules: Record<string, RuleSetting>;
  failLevel: Severity;
  maxSize: number;
  /** The config file that applied, if any. */
  configPath: string | null;
};

export function resolveSettings(flags: RunFlags, cwd: string): RunSettings {
  const configPath = flags.config ?? findConfig(cwd);
  const config = configPath ? loadConfig(configPath) : { rules: {} };
  const usage = (message: string): never => {
    throw new UsageError(message);
  };
  const rules = { ...config.rules };
  for (const assignment of flags.rule ?? []) {
    const equals = assignment.indexOf("=");
    if (equals <= 0) usage(`--rule expects KEY=off|error|warning|info, got "${assignment}"`);
    const key = assignment.slice(0, equals);
    rules[key] = checkRuleSetting(key, assignment.slice(equals + 1), (message) =>
      usage(`--rule: ${message}`),
    );
  }
  const maxSize =
    flags.maxSize !== undefined
      ? checkByteCount(Number(flags.maxSize), (message) => usage(`--max-size ${message}`))
      : (config.maxSize ?? DEFAULT_LIMITS.maxBytes);
  const failLevel = flags.failLevel ?? (flags.strict ? "warning" : (config.failLevel ?? "error"));
  return { rules, failLevel, maxSize, configPath };
}
