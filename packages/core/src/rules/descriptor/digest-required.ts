import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { checkRequiredMember } from "./required-member.js";

export const digestRequired: Rule = {
  id: "R17",
  key: "desc.digest-required",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Every descriptor has a `digest` string.",
  docs:
    "The digest identifies the referenced content and is how it is fetched and verified; a descriptor " +
    "without one references nothing.",
  source: "image-spec descriptor.md § Properties (digest REQUIRED); schema/content-descriptor.json",
  check(context) {
    checkRequiredMember(context, "digest", "string");
  },
};
