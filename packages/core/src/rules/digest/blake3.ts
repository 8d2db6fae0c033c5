import { DIGEST_RULE_KINDS } from "./kinds.js";
import { checkRegisteredEncoding } from "./encoding.js";
import type { Rule } from "../rule.js";

export const blake3: Rule = {
  id: "R11",
  key: "digest.blake3",
  severity: "error",
  formats: ["OD", "DD", "OC", "OL"],
  kinds: DIGEST_RULE_KINDS,
  summary: "A `blake3` digest is exactly 64 lower-case hex digits.",
  docs:
    "For the registered algorithm BLAKE3 (256-bit output; registered on image-spec main only, where v1.1.1 treats it as unregistered), the encoded part must match `[a-f0-9]{64}`. " +
    "Upper-case hex is forbidden even though it names the same bytes, because digests are compared as strings.",
  source: "image-spec descriptor.md § Registered algorithms; go-digest algorithm.go Validate",
  check(context) {
    checkRegisteredEncoding(context, "blake3");
  },
};
