import type { Rule } from "../rule.js";
import { checkRequiredString } from "./required-string.js";

export const architectureRule: Rule = {
  id: "R76",
  key: "oc.architecture",
  severity: "error",
  formats: ["OC", "DC"],
  kinds: ["oci-config", "docker-config"],
  summary: "`architecture` is required and must be a string.",
  docs:
    "The image config records the CPU architecture its binaries are built for in `architecture` (Go GOARCH " +
    "values such as `amd64`, `arm64`). The member is REQUIRED; without it a runtime cannot tell whether the " +
    "image can run on the host. Docker image configs carry the same member.",
  source: "image-spec config.md § Properties (architecture, REQUIRED); schema/config-schema.json `required`",
  check(context) {
    checkRequiredString(context, "architecture");
  },
};
