import type { Rule } from "../rule.js";
import { REFERENCE_DIGEST_ANNOTATION } from "../../documents/attestation.js";
import { memberOf } from "../../json/access.js";
import { digestProblem } from "../annotation/digest-value.js";
import { missingMember } from "../oci-config/missing-member.js";
import { indexEntriesOf } from "../oci-index/entries.js";
import { attestationEntriesOf } from "./entries.js";

export const attestationReferenceDigestRule: Rule = {
  id: "R108",
  key: "att.reference-digest",
  severity: "warning",
  formats: ["OI"],
  kinds: ["oci-index"],
  summary:
    "An attestation entry should name the image it attests: `vnd.docker.reference.digest` equal to another entry's digest.",
  docs:
    "An attestation describes one image of the same index. BuildKit records which one in the annotation " +
    "`vnd.docker.reference.digest`, whose value is the digest of another `manifests[]` entry. Without it, " +
    "or with a digest that is malformed or names no entry of this index, `docker buildx imagetools inspect`, " +
    "scanners and policy engines cannot attach the provenance or SBOM to any image (hazard H19).",
  source: "moby/buildkit docs/attestations/attestation-storage.md § Attestation Manifest Descriptor",
  check(context) {
    // How many entries list each digest: one lookup per attestation, however long the index.
    const entriesWithDigest = new Map<string, number>();
    for (const { entry } of indexEntriesOf(context.document)) {
      if (entry.digest !== null)
        entriesWithDigest.set(entry.digest, (entriesWithDigest.get(entry.digest) ?? 0) + 1);
    }
    for (const { annotations, entry } of attestationEntriesOf(context.document)) {
      const member = memberOf(annotations, REFERENCE_DIGEST_ANNOTATION);
      if (!member) {
        context.report(
          missingMember(
            annotations,
            REFERENCE_DIGEST_ANNOTATION,
            `This attestation entry does not say which image it attests: \`${REFERENCE_DIGEST_ANNOTATION}\` is missing.`,
          ),
        );
        continue;
      }
      if (member.value.type !== "string") continue;
      const digest = member.value.value;
      const problem = digestProblem(digest);
      if (problem) {
        context.report({
          node: member.value,
          message: `${REFERENCE_DIGEST_ANNOTATION} is not a valid digest: ${problem}.`,
        });
      } else if ((entriesWithDigest.get(digest) ?? 0) - (entry.digest === digest ? 1 : 0) === 0) {
        context.report({
          node: member.value,
          message: `${REFERENCE_DIGEST_ANNOTATION} names ${digest}, which is not the digest of another entry of this index (manifests[${entry.position}] attests nothing here).`,
        });
      }
    }
  },
};
