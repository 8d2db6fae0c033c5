import type { Rule } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { executionConfig, RESERVED_EXECUTION_FIELDS } from "./fields.js";

export const reservedFieldsRule: Rule = {
  id: "R85",
  key: "oc.reserved-fields",
  severity: "info",
  formats: ["OC", "DC"],
  kinds: ["oci-config", "docker-config"],
  summary: "`ArgsEscaped` is deprecated; `Memory`, `MemorySwap`, `CpuShares`, `Healthcheck` are reserved.",
  docs:
    "`config.ArgsEscaped` is a Windows-only legacy flag (the command line is already escaped) that the spec " +
    "deprecates. `Memory`, `MemorySwap`, `CpuShares` and `Healthcheck` are reserved for compatibility with " +
    "Docker image configs: they are allowed, but OCI does not define what they do.",
  source: "image-spec config.md § config; media-types.md § Compatibility Matrix",
  check(context) {
    const root = context.document.root;
    const config = isObject(root) ? executionConfig(root) : undefined;
    if (!config) return;
    for (const name of ["ArgsEscaped", ...RESERVED_EXECUTION_FIELDS]) {
      const member = memberOf(config, name);
      if (!member) continue;
      context.report({
        node: member.value,
        range: member.nameRange,
        message:
          name === "ArgsEscaped"
            ? "`ArgsEscaped` is deprecated: a Windows-only legacy flag."
            : `\`${name}\` is reserved for Docker compatibility; OCI does not define its meaning.`,
      });
    }
  },
};
