import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { checkRequiredMember } from "./required-member.js";

export const sizeRequired: Rule = {
  id: "R18",
  key: "desc.size-required",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "Every descriptor has a `size`.",
  docs:
    "The size lets clients bound a download before trusting it and is verified together with the digest. " +
    "Its type and range are judged by desc.size-integer, desc.size-nonnegative and desc.size-int64.",
  source: "image-spec descriptor.md § Properties (size REQUIRED); schema/content-descriptor.json",
  check(context) {
    checkRequiredMember(context, "size");
  },
};
