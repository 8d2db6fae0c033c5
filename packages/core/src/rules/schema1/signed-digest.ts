import type { Rule } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { signedPayload } from "./signed-payload.js";

export const schema1SignedDigestRule: Rule = {
  id: "R106",
  key: "s1.signed-digest",
  severity: "info",
  formats: ["S1"],
  kinds: ["docker-schema1"],
  summary: "A signed schema 1 manifest's digest is over the payload without its signatures.",
  docs:
    "Signed schema 1 manifests embed JWS signatures in a `signatures` member. Their digest (the one a registry " +
    "and `docker pull name@digest` use) is not taken over the bytes as served but over the signed payload: the " +
    "bytes up to `formatLength` plus the decoded `formatTail`, both from the signatures' protected header. " +
    "ocilens computes that digest and reports it next to the digest of the served bytes.",
  source:
    "containers/image internal/manifest/manifest.go Digest (libtrust payload); docker/libtrust jsonsign.go ParsePrettySignature",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const signatures = memberOf(root, "signatures");
    if (!signatures) return;
    const result = signedPayload(context.document.bytes, signatures.value);
    context.report({
      node: signatures.value,
      range: signatures.nameRange,
      message:
        "payload" in result
          ? `Signed schema 1: its manifest digest is ${context.document.sha256(result.payload)} (over the payload without signatures), not ${context.document.digest} of the bytes as served.`
          : `Signed schema 1: the manifest digest is taken over the payload without signatures, but it cannot be computed here: ${result.problem}.`,
    });
  },
};
