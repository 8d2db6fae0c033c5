import type { Rule } from "../rule.js";
import { getString, isObject, memberOf } from "../../json/access.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { replaceValue } from "../edits.js";
import { EMPTY_DESCRIPTOR } from "./empty-blob.js";

export const ociManifestLayersNonEmptyRule: Rule = {
  id: "R51",
  key: "om.layers-nonempty",
  severity: "error",
  formats: ["OM"],
  kinds: ["oci-manifest"],
  summary: "`layers` must contain at least one descriptor.",
  docs:
    "The prose only says that for portability `layers` SHOULD have at least one entry, but the published " +
    "schema requires one item and its test fails an empty array, so this is an error (hazard H13). An " +
    "artifact without payload uses the empty descriptor as its one layer; for a manifest that is not an " +
    "image (its config is not the OCI image config), the quick fix inserts exactly that.",
  source:
    "image-spec schema/image-manifest-schema.json (`minItems: 1`); schema/manifest_test.go `expected failure: empty layer, expected at least one`",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const layers = memberOf(root, "layers")?.value;
    if (layers?.type !== "array" || layers.items.length > 0) return;
    const isImage = getString(memberOf(root, "config")?.value, "mediaType") === MEDIA_TYPES.ociConfig;
    const emptyLayer = {
      mediaType: EMPTY_DESCRIPTOR.mediaType,
      digest: EMPTY_DESCRIPTOR.digest,
      size: EMPTY_DESCRIPTOR.size,
    };
    context.report({
      node: layers,
      message:
        "`layers` is empty; it must list at least one descriptor (an artifact without payload uses the empty descriptor).",
      ...(isImage
        ? {}
        : {
            fix: {
              title: "Use the empty descriptor as the one layer",
              edits: [replaceValue(layers, `[${JSON.stringify(emptyLayer)}]`)],
            },
          }),
    });
  },
};
