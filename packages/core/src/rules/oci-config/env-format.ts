import type { Rule } from "../rule.js";
import { getMember, isArray, isObject } from "../../json/access.js";
import { executionConfig } from "./fields.js";

/** image-spec's validator uses `^[^=]+=.*$` with Go's regexp, where `.` stops at a newline. */
const ENV_ENTRY = /^[^=]+=[^\n]*$/;

export const envFormatRule: Rule = {
  id: "R83",
  key: "oc.env-format",
  severity: "error",
  formats: ["OC"],
  kinds: ["oci-config"],
  summary: "Each `config.Env` entry must be `NAME=value` with a non-empty NAME.",
  docs:
    "Environment entries are written `VARNAME=VARVALUE`. An entry without `=`, or with nothing before the first " +
    "`=`, has no variable name; the image-spec reference validator rejects it.",
  source:
    "image-spec config.md § Env; schema/validator.go validateConfig; schema/config_test.go `Env is invalid`",
  check(context) {
    const root = context.document.root;
    const config = isObject(root) ? executionConfig(root) : undefined;
    const env = getMember(config, "Env");
    if (!isArray(env)) return;
    for (const entry of env.items) {
      if (entry.type !== "string" || ENV_ENTRY.test(entry.value)) continue;
      const problem = !entry.value.includes("=")
        ? "has no `=`"
        : entry.value.startsWith("=")
          ? "has an empty variable name"
          : "has a line break in its value, which the reference validator rejects";
      context.report({
        node: entry,
        message: `Env entry "${entry.value}" ${problem}; entries are NAME=value.`,
      });
    }
  },
};
