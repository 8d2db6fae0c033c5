/** Messages between the page and the validation worker. */
import type { ValidationReport } from "@ocilens/core";

export type ValidationRequest = {
  documents: Array<{ id: string; name: string; text: string }>;
};

/** What a hover shows about a rule (from the core's rule registry). */
export type RuleInfo = { id: string; key: string; summary: string; docs: string; source: string };

export type ValidationResponse =
  | {
      reports: Record<string, ValidationReport>;
      /** Metadata of every rule that has a finding in `reports`. */
      rules: Record<string, RuleInfo>;
      /** Time the core took, in milliseconds. */
      elapsed: number;
    }
  | { error: string };
