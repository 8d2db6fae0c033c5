import { KINDS } from "../../report.js";
import { SELF_DESCRIBING_KINDS } from "../../documents/media-types.js";
import { reportReadIssues } from "../json/read-issues.js";
import type { Rule } from "../rule.js";

export const documentSize: Rule = {
  id: "XL1",
  key: "limit.document-size",
  severity: "error",
  formats: ["JSON"],
  kinds: KINDS,
  summary:
    "Manifests and indexes must fit the size registries accept (4 MiB by default); nothing is read past the reader limit.",
  docs:
    "Registries and clients are only expected to handle manifests of about 4 MiB; larger ones are refused on " +
    "push or pull. ocilens reports manifests and indexes above `limits.maxManifestBytes` (default 4 MiB), and " +
    "does not parse any input above `limits.maxBytes` (default 64 MiB) at all, so huge inputs cannot stall it.",
  source: "distribution-spec spec.md § Pushing Manifests (4 megabytes); ocilens reader limits",
  runsWithoutTree: true,
  check(context) {
    reportReadIssues(context, this.key);
    const { document, limits } = context;
    if (SELF_DESCRIBING_KINDS.includes(document.kind) && document.bytes.length > limits.maxManifestBytes) {
      context.report({
        message: `The ${document.kind} is ${document.bytes.length} bytes, above the ${limits.maxManifestBytes}-byte manifest limit registries apply.`,
        pointer: "",
      });
    }
  },
};
