import type { Rule } from "../rule.js";
import { memberOf } from "../../json/access.js";
import { KNOWN_OS } from "../../platforms/known-values.js";
import { normalizeOs } from "../../platforms/normalize.js";
import { replaceValue } from "../edits.js";
import { isAttestationPlatform, PLATFORM_VALUE_KINDS, platformSitesOf } from "./sites.js";

export const platformOsValueRule: Rule = {
  id: "R31",
  key: "platform.os-value",
  severity: "warning",
  formats: ["OI", "DL", "OC", "DC"],
  kinds: PLATFORM_VALUE_KINDS,
  summary: "`os` should be a Go GOOS value (linux, windows, darwin, freebsd, …).",
  docs:
    "Indexes and configs should name the operating system with Go's GOOS values: aix, android, darwin, " +
    "dragonfly, freebsd, illumos, ios, js, linux, netbsd, openbsd, plan9, solaris, wasip1, windows (and the " +
    "historical hurd, nacl, zos). Clients compare these strings exactly (containers/image, go-containerregistry) " +
    "or after light normalisation (containerd lower-cases and maps `macos` to `darwin`), so any other spelling " +
    "is never selected by some of them. `unknown/unknown` is left alone: it is BuildKit's deliberate marker " +
    "for attestation manifests (see `platform.unknown-unknown`). When containerd's normalisation turns the " +
    "value into a GOOS value, the quick fix writes that value.",
  source:
    "image-spec image-index.md and config.md ('SHOULD use … values listed in the Go Language document for GOOS'); Go doc/install/source; Go src/internal/syslist/syslist.go KnownOS",
  check(context) {
    for (const { object } of platformSitesOf(context.document)) {
      const value = memberOf(object, "os")?.value;
      if (value?.type !== "string" || KNOWN_OS.has(value.value) || isAttestationPlatform(object)) continue;
      const normalized = normalizeOs(value.value);
      const canFix = value.value !== "" && KNOWN_OS.has(normalized);
      context.report({
        node: value,
        message: canFix
          ? `os ${JSON.stringify(value.value)} is not a GOOS value; write ${JSON.stringify(normalized)}.`
          : `os ${JSON.stringify(value.value)} is not a Go GOOS value; clients that compare exactly will never select it.`,
        ...(canFix
          ? {
              fix: {
                title: `Write os as ${JSON.stringify(normalized)}`,
                edits: [replaceValue(value, JSON.stringify(normalized))],
              },
            }
          : {}),
      });
    }
  },
};
