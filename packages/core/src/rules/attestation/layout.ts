import type { Rule } from "../rule.js";
import { descriptorsOf } from "../../documents/descriptors.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { getMember, getString } from "../../json/access.js";
import { indexEntriesOf } from "../oci-index/entries.js";

const PREDICATE_TYPE_ANNOTATION = "in-toto.io/predicate-type";

export const attestationLayoutRule: Rule = {
  id: "R110",
  key: "att.layout",
  severity: "info",
  formats: ["OI", "OM"],
  kinds: ["oci-index", "oci-manifest"],
  summary:
    "Attestation manifests come after the runnable ones; their in-toto layers carry `in-toto.io/predicate-type`.",
  docs:
    "BuildKit's layout: in the index, attestation entries follow the image entries they describe; an " +
    "attestation manifest's layers are in-toto statements (`application/vnd.in-toto+json`), each annotated " +
    "with `in-toto.io/predicate-type` (e.g. `https://slsa.dev/provenance/v1`, `https://spdx.dev/Document`), " +
    "which is how consumers find the SBOM or provenance without downloading every layer. The storage " +
    "document's prose names the config type `application/vnd.docker.attestation.config.v1+json`, while its " +
    "example and buildx output use the OCI image config with an unknown/unknown config; both are accepted " +
    "(hazard H19).",
  source: "moby/buildkit docs/attestations/attestation-storage.md § Attestation Manifest, § Examples",
  check(context) {
    let attestationSeen: number | undefined;
    for (const { node, entry } of indexEntriesOf(context.document)) {
      if (entry.attestation) attestationSeen ??= entry.position;
      else if (attestationSeen !== undefined) {
        context.report({
          node,
          message: `This image entry follows the attestation manifests[${attestationSeen}]; BuildKit lists attestations after the images they describe.`,
        });
      }
    }
    for (const descriptor of descriptorsOf(context.document)) {
      if (descriptor.role !== "layer" || getString(descriptor.node, "mediaType") !== MEDIA_TYPES.inToto)
        continue;
      if (getString(getMember(descriptor.node, "annotations"), PREDICATE_TYPE_ANNOTATION) !== undefined)
        continue;
      context.report({
        node: descriptor.node,
        message: `This in-toto layer has no \`${PREDICATE_TYPE_ANNOTATION}\` annotation; consumers cannot tell provenance from SBOM without downloading it.`,
      });
    }
  },
};
