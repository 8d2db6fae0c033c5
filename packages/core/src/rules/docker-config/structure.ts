import type { Rule } from "../rule.js";
import { getMember, isObject } from "../../json/access.js";
import { createdDateFindings } from "../oci-config/created-dates.js";

export const dockerConfigStructureRule: Rule = {
  id: "R103",
  key: "dc.structure",
  severity: "warning",
  formats: ["DC"],
  kinds: ["docker-config"],
  summary: 'A Docker image config is expected to have `rootfs.type` "layers" and RFC 3339 `created` times.',
  docs:
    'The Docker image spec describes `architecture`, `os`, `rootfs` (`type` "layers", `diff_ids`) and ' +
    '`created` as the members every image JSON has, but in descriptions rather than MUSTs ("type is usually ' +
    'set to layers"). The members it shares with OCI are checked by the oc.* rules; this rule adds warnings ' +
    'for what OCI makes an error and Docker only describes: a `rootfs.type` other than "layers" and a ' +
    "`created` (top level or in `history`) that is not an ISO-8601/RFC 3339 date-time.",
  source: "moby/docker-image-spec spec.md § Image JSON Field Descriptions ('type is usually set to layers')",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const type = getMember(getMember(root, "rootfs"), "type");
    if (type && !(type.type === "string" && type.value === "layers")) {
      context.report({
        node: type,
        message:
          'Docker image configs use `rootfs.type` "layers"; other values are not understood by runtimes.',
      });
    }
    for (const finding of createdDateFindings(root)) context.report(finding);
  },
};
