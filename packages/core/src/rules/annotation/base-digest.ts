import type { Rule } from "../rule.js";
import { digestProblem } from "./digest-value.js";
import { fullyQualifiedReferenceProblem } from "./image-reference.js";
import { IMAGE_ANNOTATIONS } from "./predefined-keys.js";
import { annotationValuesOf } from "./sites.js";

export const annotationBaseImageRule: Rule = {
  id: "R44",
  key: "annot.base-digest",
  severity: "warning",
  formats: ["OM", "OI", "OD"],
  kinds: ["oci-manifest", "oci-index", "oci-descriptor"],
  summary:
    "`…image.base.digest` should be a valid digest and `…image.base.name` a fully qualified reference.",
  docs:
    "The base image annotations let scanners and rebuild bots find the image this one was built on. " +
    "`org.opencontainers.image.base.digest` must be a digest (`sha256:` and 64 lower-case hex digits), " +
    "and `org.opencontainers.image.base.name` a fully qualified reference that names its registry " +
    "(`docker.io/library/alpine:3.20`, not `alpine:3.20`), because a short name resolves differently per " +
    "client configuration.",
  source: "image-spec annotations.md § Pre-Defined Annotation Keys (base.digest, base.name)",
  check(context) {
    for (const { value } of annotationValuesOf(context.document, IMAGE_ANNOTATIONS.baseDigest)) {
      const problem = digestProblem(value.value);
      if (problem) context.report({ node: value, message: `base.digest is not a valid digest: ${problem}.` });
    }
    for (const { value } of annotationValuesOf(context.document, IMAGE_ANNOTATIONS.baseName)) {
      const problem = fullyQualifiedReferenceProblem(value.value);
      if (problem)
        context.report({
          node: value,
          message: `base.name is not a fully qualified image reference: ${problem}.`,
        });
    }
  },
};
