import type { Rule } from "../rule.js";
import { getMember, isObject } from "../../json/access.js";
import { ATTESTATION_PLATFORM } from "../../platforms/known-values.js";
import { appendMember, replaceValue } from "../edits.js";
import { missingMember } from "../oci-config/missing-member.js";
import { isAttestationPlatform } from "../platform/sites.js";
import { attestationEntriesOf } from "./entries.js";

const PLATFORM_JSON = JSON.stringify(ATTESTATION_PLATFORM);

export const attestationPlatformRule: Rule = {
  id: "R107",
  key: "att.platform",
  severity: "warning",
  formats: ["OI"],
  kinds: ["oci-index"],
  summary: "An attestation entry should have platform `unknown/unknown` so that runtimes never select it.",
  docs:
    "BuildKit stores provenance and SBOM attestations as image manifests in the index, marked with " +
    "`vnd.docker.reference.type: attestation-manifest`, and gives them the platform " +
    '`{"architecture": "unknown", "os": "unknown"}`. Runtimes select by platform and do not read ' +
    "the annotation, so an attestation entry with a real platform (or none: ggcr reads a missing platform " +
    "as linux/amd64, containerd and containers/image accept platform-less entries) can be pulled and run as " +
    "if it were the image (hazard H19). The quick fix writes the unknown/unknown platform.",
  source: "moby/buildkit docs/attestations/attestation-storage.md § Attestation Manifest Descriptor",
  check(context) {
    for (const { node } of attestationEntriesOf(context.document)) {
      const platform = getMember(node, "platform");
      if (platform === undefined) {
        context.report({
          ...missingMember(
            node,
            "platform",
            "This attestation entry has no platform; give it unknown/unknown so that no runtime selects it.",
          ),
          fix: {
            title: "Add the unknown/unknown platform",
            edits: [appendMember(context.document.text, node, "platform", PLATFORM_JSON)],
          },
        });
      } else if (!isObject(platform) || !isAttestationPlatform(platform)) {
        context.report({
          node: platform,
          message:
            "This attestation entry should have platform unknown/unknown; with a real platform runtimes may select it as the image.",
          fix: {
            title: "Write the unknown/unknown platform",
            edits: [replaceValue(platform, PLATFORM_JSON)],
          },
        });
      }
    }
  },
};
