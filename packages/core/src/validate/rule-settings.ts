/**
 * Resolves the rule configuration of ValidateOptions against the registry: which rules run, at what severity.
 */
import { KINDS, type Kind, type Severity } from "../report.js";
import { findRule, RULES } from "../rules/registry.js";
import type { Rule } from "../rules/rule.js";
import type { RuleSetting } from "./options.js";

export type RuleSettings = {
  /** Rules that run on documents of `kind`, in registry order. */
  activeFor(kind: Kind): readonly Rule[];
  /** The configured severity of a finding of rule `key` (else `natural`), or undefined when the rule is off. */
  severityOf(key: string, natural: Severity): Severity | undefined;
};

let defaults: RuleSettings | undefined;
/** The settings built last, by the configuration's text: callers validating one document at a time repeat it. */
let last: { text: string; settings: RuleSettings } | undefined;

export function resolveRuleSettings(config?: Readonly<Record<string, RuleSetting>>): RuleSettings {
  if (config === undefined || Object.keys(config).length === 0) return (defaults ??= buildRuleSettings({}));
  // By content, not identity, so that a configuration object changed between calls is read again; building
  // the settings (every rule against every kind) costs about 30 µs, its text about one.
  const text = JSON.stringify(config);
  if (last?.text !== text) last = { text, settings: buildRuleSettings(config) };
  return last.settings;
}

function buildRuleSettings(config: Readonly<Record<string, RuleSetting>>): RuleSettings {
  const byKey = new Map<string, RuleSetting>();
  for (const [name, setting] of Object.entries(config)) {
    const rule = findRule(name);
    if (!rule) throw new Error(`Unknown rule "${name}" in the rule configuration.`);
    if (!["off", "error", "warning", "info"].includes(setting)) {
      throw new Error(
        `Rule "${name}": setting must be "off", "error", "warning" or "info", not "${String(setting)}".`,
      );
    }
    byKey.set(rule.key, setting);
  }
  const active = RULES.filter((rule) => byKey.get(rule.key) !== "off");
  const byKind = new Map(KINDS.map((kind) => [kind, active.filter((rule) => rule.kinds.includes(kind))]));
  return {
    activeFor: (kind) => byKind.get(kind) ?? [],
    severityOf(key, natural) {
      const setting = byKey.get(key);
      return setting === "off" ? undefined : (setting ?? natural);
    },
  };
}
