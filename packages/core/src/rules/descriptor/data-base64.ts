import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";
import type { Rule } from "../rule.js";
import { base64Problem } from "./base64.js";
import { descriptorData } from "./string-members.js";

export const dataBase64: Rule = {
  id: "R24",
  key: "desc.data-base64",
  severity: "error",
  formats: ["OD", "DD"],
  kinds: DESCRIPTOR_KINDS,
  summary: "`data` is standard base64 with `=` padding.",
  docs:
    "Embedded content is RFC 4648 § 4 base64. Decoders disagree on everything else: Go rejects missing " +
    "padding, Node's Buffer accepts the URL-safe alphabet and garbage, Python drops stray characters. So " +
    "only the strict standard form is portable.",
  source:
    "image-spec descriptor.md § Properties (data, RFC 4648); schema/descriptor_test.go (missing padding)",
  check(context) {
    for (const { node } of descriptorData(context.document)) {
      const problem = base64Problem(node.value);
      if (problem) context.report({ message: `"data" is not standard base64: ${problem}.`, node });
    }
  },
};
