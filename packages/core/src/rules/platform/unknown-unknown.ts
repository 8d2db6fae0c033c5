import type { Rule } from "../rule.js";
import { attestationEntriesOf } from "../attestation/entries.js";
import { isAttestationPlatform, platformSitesOf } from "./sites.js";

export const platformUnknownUnknownRule: Rule = {
  id: "R36",
  key: "platform.unknown-unknown",
  severity: "warning",
  formats: ["OI", "DL"],
  kinds: ["oci-index", "docker-manifest-list"],
  summary: "`unknown/unknown` is not a runnable platform; it should only mark attestation manifests.",
  docs:
    "BuildKit gives attestation manifests (provenance, SBOM) the platform `unknown/unknown` so that no " +
    "runtime selects them, and marks them with the annotation `vnd.docker.reference.type: " +
    "attestation-manifest`. An entry with this platform but without that annotation is neither: runtimes " +
    "skip it as unrunnable, while tools that recognise attestations by their annotation treat it as an image " +
    "nobody can pull.",
  source: "moby/buildkit docs/attestations/attestation-storage.md § Attestation Manifest Descriptor",
  check(context) {
    // The index entries as platform selection reads them, instead of a plain copy of each descriptor.
    const attestations = new Set(attestationEntriesOf(context.document).map(({ node }) => node));
    for (const { object, descriptor } of platformSitesOf(context.document)) {
      if (!descriptor || descriptor.role !== "manifest" || !isAttestationPlatform(object)) continue;
      if (attestations.has(descriptor.node)) continue;
      context.report({
        node: object,
        message:
          "Platform unknown/unknown marks BuildKit attestation manifests, but this entry lacks the annotation `vnd.docker.reference.type: attestation-manifest`; no runtime will select it.",
      });
    }
  },
};
