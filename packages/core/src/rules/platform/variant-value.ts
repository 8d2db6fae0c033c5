import type { Rule } from "../rule.js";
import { getString, memberOf } from "../../json/access.js";
import { KNOWN_VARIANTS } from "../../platforms/known-values.js";
import { normalizeArch } from "../../platforms/normalize.js";
import { replaceValue } from "../edits.js";
import { PLATFORM_VALUE_KINDS, platformSitesOf } from "./sites.js";

export const platformVariantValueRule: Rule = {
  id: "R33",
  key: "platform.variant-value",
  severity: "warning",
  formats: ["OI", "DL", "OC", "DC"],
  kinds: PLATFORM_VALUE_KINDS,
  summary: "`variant` should come from the spec's Platform Variants table for its architecture.",
  docs:
    "The image spec's Platform Variants table lists the variants indexes should use, following Go's build " +
    "settings: arm `v6`, `v7`, `v8` (GOARM); arm64 `v8`, `v8.1` … `v9` … (GOARM64); amd64 `v1` … `v4` " +
    "(GOAMD64); ppc64le `power8`, `power9`, `power10` (GOPPC64); riscv64 `rva20u64`, `rva22u64`, … " +
    "(GORISCV64). Other values are implementation-defined: containerd passes unknown variants through and " +
    "matches them only exactly, containers/image compares strings, so `armv7` or `7` on one side and `v7` on " +
    "the other never meet. Architectures without a row in the table define no variants at all. When the " +
    "value is a recognisable spelling of a table value (`armv7`, `7`, `V8`), the quick fix writes the table value.",
  source: "image-spec image-index.md § Platform Variants",
  check(context) {
    for (const { object } of platformSitesOf(context.document)) {
      const value = memberOf(object, "variant")?.value;
      if (value?.type !== "string") continue;
      const architecture = getString(object, "architecture");
      if (architecture === undefined) continue;
      const [canonicalArchitecture] = normalizeArch(architecture, "");
      const known = KNOWN_VARIANTS[canonicalArchitecture];
      if (known?.pattern.test(value.value)) continue;
      if (!known) {
        context.report({
          node: value,
          message: `The Platform Variants table defines no variants for architecture ${JSON.stringify(architecture)}; ${JSON.stringify(value.value)} is implementation-defined.`,
        });
        continue;
      }
      const suggestion = tableSpelling(value.value);
      const fixable = known.pattern.test(suggestion);
      context.report({
        node: value,
        message: `variant ${JSON.stringify(value.value)} is not in the Platform Variants table for ${canonicalArchitecture} (${known.listed})${fixable ? `; write ${JSON.stringify(suggestion)}` : ""}.`,
        ...(fixable
          ? {
              fix: {
                title: `Write variant as ${JSON.stringify(suggestion)}`,
                edits: [replaceValue(value, JSON.stringify(suggestion))],
              },
            }
          : {}),
      });
    }
  },
};

/** `armv7`, `ARMv7`, `7`, `V7` → `v7`; other values are only lower-cased. */
function tableSpelling(variant: string): string {
  const lower = variant.toLowerCase().replace(/^arm(?=v?[0-9])/, "");
  return /^[0-9]/.test(lower) ? `v${lower}` : lower;
}
