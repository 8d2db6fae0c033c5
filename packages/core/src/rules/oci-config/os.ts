import type { Rule } from "../rule.js";
import { checkRequiredString } from "./required-string.js";

export const osRule: Rule = {
  id: "R77",
  key: "oc.os",
  severity: "error",
  formats: ["OC", "DC"],
  kinds: ["oci-config", "docker-config"],
  summary: "`os` is required and must be a string.",
  docs:
    "The image config names the operating system its binaries are built for in `os` (Go GOOS values such as " +
    '`linux`, `windows`). The member is REQUIRED and a string; the upstream schema test rejects `"os": 123`.',
  source:
    "image-spec config.md § Properties (os, REQUIRED); schema/config-schema.json; schema/config_test.go (`os: 123`)",
  check(context) {
    checkRequiredString(context, "os");
  },
};
