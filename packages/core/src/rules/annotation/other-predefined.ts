import type { Rule } from "../rule.js";
import { IMAGE_ANNOTATIONS } from "./predefined-keys.js";
import { annotationValuesOf } from "./sites.js";
import { isSpdxExpression } from "./spdx-expression.js";

const URL_ANNOTATIONS = [IMAGE_ANNOTATIONS.url, IMAGE_ANNOTATIONS.documentation, IMAGE_ANNOTATIONS.source];

function isAbsoluteUrl(text: string): boolean {
  try {
    return new URL(text).protocol !== "";
  } catch {
    return false;
  }
}

export const annotationOtherPredefinedRule: Rule = {
  id: "R45",
  key: "annot.other-predefined",
  severity: "info",
  formats: ["OM", "OI", "OD"],
  kinds: ["oci-manifest", "oci-index", "oci-descriptor"],
  summary: "`url`, `documentation` and `source` carry URLs; `licenses` an SPDX license expression.",
  docs:
    "Several pre-defined annotations have a defined shape: `org.opencontainers.image.url`, " +
    "`…documentation` and `…source` are URLs (registries and scanners render them as links; `source` is " +
    "what provenance tools follow back to the code), and `…licenses` is an SPDX license expression such as " +
    "`Apache-2.0 OR MIT`. `…version` may be SemVer but need not be, so it is not judged. Values of another " +
    "shape are reported as information: nothing breaks, but the tools that read them get nothing useful.",
  source: "image-spec annotations.md § Pre-Defined Annotation Keys",
  check(context) {
    for (const key of URL_ANNOTATIONS) {
      for (const { value } of annotationValuesOf(context.document, key)) {
        if (isAbsoluteUrl(value.value)) continue;
        context.report({
          node: value,
          message: `${key} should be an absolute URL; ${JSON.stringify(value.value)} is not one.`,
        });
      }
    }
    for (const { value } of annotationValuesOf(context.document, IMAGE_ANNOTATIONS.licenses)) {
      if (isSpdxExpression(value.value)) continue;
      context.report({
        node: value,
        message: `licenses should be an SPDX license expression (e.g. "Apache-2.0 OR MIT"); ${JSON.stringify(value.value)} is not one.`,
      });
    }
  },
};
