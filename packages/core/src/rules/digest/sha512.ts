import { DIGEST_RULE_KINDS } from "./kinds.js";
import { checkRegisteredEncoding } from "./encoding.js";
import type { Rule } from "../rule.js";

export const sha512: Rule = {
  id: "R10",
  key: "digest.sha512",
  severity: "error",
  formats: ["OD", "DD", "OC", "OL"],
  kinds: DIGEST_RULE_KINDS,
  summary: "A `sha512` digest is exactly 128 lower-case hex digits.",
  docs:
    "For the registered algorithm SHA-512, the encoded part must match `[a-f0-9]{128}`. " +
    "Upper-case hex is forbidden even though it names the same bytes, because digests are compared as strings.",
  source: "image-spec descriptor.md § Registered algorithms; go-digest algorithm.go Validate",
  check(context) {
    checkRegisteredEncoding(context, "sha512");
  },
};
