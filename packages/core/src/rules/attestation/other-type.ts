import type { Rule } from "../rule.js";
import { ATTESTATION_REFERENCE_TYPE, REFERENCE_TYPE_ANNOTATION } from "../../documents/attestation.js";
import { getMember, isString } from "../../json/access.js";
import { indexEntriesOf } from "../oci-index/entries.js";

export const attestationOtherTypeRule: Rule = {
  id: "R109",
  key: "att.other-type",
  severity: "info",
  formats: ["OI"],
  kinds: ["oci-index"],
  summary:
    "A `vnd.docker.reference.type` other than `attestation-manifest` means consumers ignore that manifest.",
  docs:
    "BuildKit defines one reference type, `attestation-manifest`. An entry with another " +
    "`vnd.docker.reference.type` is neither a recognised attestation nor an ordinary image to tools that " +
    "honour the annotation: they skip it. That may be intended (a future reference type); it is reported " +
    "so that a misspelling such as `attestation_manifest` does not go unnoticed.",
  source: "moby/buildkit docs/attestations/attestation-storage.md",
  check(context) {
    for (const { node } of indexEntriesOf(context.document)) {
      const type = getMember(getMember(node, "annotations"), REFERENCE_TYPE_ANNOTATION);
      if (!isString(type) || type.value === ATTESTATION_REFERENCE_TYPE) continue;
      context.report({
        node: type,
        message: `${REFERENCE_TYPE_ANNOTATION} is ${JSON.stringify(type.value)}, not "${ATTESTATION_REFERENCE_TYPE}"; consumers that honour it will ignore this manifest.`,
      });
    }
  },
};
