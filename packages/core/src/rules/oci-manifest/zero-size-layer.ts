import type { Rule } from "../rule.js";
import { descriptorsOf } from "../../documents/descriptors.js";
import { getMember } from "../../json/access.js";

export const zeroSizeLayerRule: Rule = {
  id: "R61",
  key: "om.zero-size-layer",
  severity: "warning",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary: "A layer with `size` 0 is not portable.",
  docs:
    "An empty blob as a layer is legal, but practice has shown it is not supported everywhere: some " +
    "registries refuse zero-length uploads and some clients treat a zero size as 'unknown'. An artifact " +
    "without payload should use one non-empty layer such as the empty descriptor (`{}`, size 2).",
  source:
    "image-spec manifest.md § Guidelines for Artifact Usage ('a single layer SHOULD be included with a non-zero size'); § Guidance for an Empty Descriptor",
  check(context) {
    for (const descriptor of descriptorsOf(context.document)) {
      if (descriptor.role !== "layer") continue;
      const size = getMember(descriptor.node, "size");
      if (size?.type !== "number" || size.value !== 0) continue;
      context.report({
        node: size,
        message:
          "This layer has size 0; zero-length blobs are not supported by every registry and client. Use the empty descriptor (size 2) instead.",
      });
    }
  },
};
