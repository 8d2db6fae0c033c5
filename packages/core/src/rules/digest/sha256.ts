import { DIGEST_RULE_KINDS } from "./kinds.js";
import { checkRegisteredEncoding } from "./encoding.js";
import type { Rule } from "../rule.js";

export const sha256: Rule = {
  id: "R9",
  key: "digest.sha256",
  severity: "error",
  formats: ["OD", "DD", "OC", "OL"],
  kinds: DIGEST_RULE_KINDS,
  summary: "A `sha256` digest is exactly 64 lower-case hex digits.",
  docs:
    "For the registered algorithm SHA-256; every implementation must support it, the encoded part must match `[a-f0-9]{64}`. " +
    "Upper-case hex is forbidden even though it names the same bytes, because digests are compared as strings.",
  source: "image-spec descriptor.md § Registered algorithms; go-digest algorithm.go Validate",
  check(context) {
    checkRegisteredEncoding(context, "sha256");
  },
};
