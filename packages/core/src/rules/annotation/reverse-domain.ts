import type { Rule } from "../rule.js";
import { ANNOTATION_KINDS, annotationEntriesOf } from "./sites.js";

/** At least two dot-separated DNS labels before the rest of the key (`com.example.x`, `in-toto.io/x`). */
const NAMESPACED = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?:[./_:-]|$)/i;

export const annotationReverseDomainRule: Rule = {
  id: "R39",
  key: "annot.reverse-domain",
  severity: "warning",
  formats: ["OM", "OI", "OD", "OC"],
  kinds: ANNOTATION_KINDS,
  summary: "Annotation keys should be namespaced in reverse-domain style (`com.example.key`).",
  docs:
    "Annotation keys share one flat namespace across every tool that reads or writes them, so keys should " +
    "start with a reverse domain name the author controls (`com.example.build-id`). A bare key such as " +
    "`version` collides sooner or later. Domain-qualified keys in the `in-toto.io/predicate-type` style " +
    "are accepted as namespaced too.",
  source: "image-spec annotations.md § Rules ('Keys SHOULD be named using a reverse domain notation')",
  check(context) {
    for (const { entry } of annotationEntriesOf(context.document)) {
      if (NAMESPACED.test(entry.name)) continue;
      context.report({
        node: entry.value,
        range: entry.nameRange,
        message: `Annotation key ${JSON.stringify(entry.name)} has no namespace; use a reverse-domain name such as "com.example.${entry.name}".`,
      });
    }
  },
};
