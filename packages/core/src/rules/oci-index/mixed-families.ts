import type { Rule } from "../rule.js";
import { getMember, isString } from "../../json/access.js";
import { isDockerMediaType, isOciMediaType } from "../oci-manifest/media-type-families.js";
import { indexEntriesOf } from "./entries.js";

export const mixedFamiliesRule: Rule = {
  id: "R70",
  key: "oi.mixed-families",
  severity: "warning",
  formats: ["OI", "DL"],
  kinds: ["oci-index", "docker-manifest-list"],
  summary:
    "An OCI index listing Docker manifests, or a Docker list listing OCI manifests, mixes two ecosystems.",
  docs:
    "Nothing forbids an OCI index from pointing at Docker schema 2 manifests, or a Docker manifest list at " +
    "OCI manifests, and unknown entry types must not cause errors. But tools switch on exact media type " +
    "strings: an index whose entries come from the other family (or from both) is handled differently by " +
    "each client and converter, and portable indexes SHOULD use the media types of their own format " +
    "(hazard H7). Each entry from the other family is reported at its `mediaType`.",
  source:
    "image-spec image-index.md ('Image indexes concerned with portability SHOULD use one of the above media types'); distribution docs/content/spec/manifest-v2-2.md (list entries 'will generally be' Docker v2 manifests)",
  check(context) {
    const isDockerList = context.document.kind === "docker-manifest-list";
    const foreign = isDockerList ? isOciMediaType : isDockerMediaType;
    const own = isDockerList ? "Docker manifest list" : "OCI image index";
    for (const { node } of indexEntriesOf(context.document)) {
      const mediaType = getMember(node, "mediaType");
      if (!isString(mediaType) || !foreign(mediaType.value)) continue;
      context.report({
        node: mediaType,
        message: `This ${own} lists ${JSON.stringify(mediaType.value)}, a media type of the other family; clients that switch on exact strings handle such entries differently.`,
      });
    }
  },
};
