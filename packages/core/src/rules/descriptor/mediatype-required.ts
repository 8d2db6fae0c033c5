import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { checkRequiredMember } from "./required-member.js";

export const mediaTypeRequired: Rule = {
  id: "R16",
  key: "desc.mediatype-required",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Every descriptor has a `mediaType` string.",
  docs:
    "The media type says how to read the referenced content; without it a client cannot tell a layer from a " +
    "config or a manifest from an index. It is required in every descriptor: config, layers, index entries, " +
    "subject and standalone descriptors.",
  source: "image-spec descriptor.md § Properties (mediaType REQUIRED); schema/content-descriptor.json",
  check(context) {
    checkRequiredMember(context, "mediaType", "string");
  },
};
