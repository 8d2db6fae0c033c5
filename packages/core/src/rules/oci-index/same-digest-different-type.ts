import type { Rule } from "../rule.js";
import { getMember, getString, isString } from "../../json/access.js";
import { indexEntriesOf } from "./entries.js";

export const sameDigestDifferentTypeRule: Rule = {
  id: "R71",
  key: "oi.same-digest-different-type",
  severity: "warning",
  formats: ["OI", "DL"],
  kinds: ["oci-index", "docker-manifest-list"],
  summary: "The same digest listed with two different media types means one of them is wrong.",
  docs:
    "A digest names one blob, and one blob cannot be both an image manifest and an index (or both an OCI " +
    "and a Docker manifest). Listing the same digest with two media types is exactly the ambiguity behind " +
    "CVE-2021-41190: which reading a client uses depends on which entry it takes. The same digest with the " +
    "same media type (e.g. under two platforms) is fine.",
  source:
    "Derived from the CVE-2021-41190 analysis (GHSA-77vh-xpmg-72qh); image-spec media-types.md § Media Type Conflicts",
  check(context) {
    const firstType = new Map<string, { type: string; position: number }>();
    for (const { node, entry } of indexEntriesOf(context.document)) {
      const digest = getString(node, "digest");
      const mediaType = getMember(node, "mediaType");
      if (digest === undefined || !isString(mediaType)) continue;
      const earlier = firstType.get(digest);
      if (!earlier) {
        firstType.set(digest, { type: mediaType.value, position: entry.position });
        continue;
      }
      if (earlier.type === mediaType.value) continue;
      context.report({
        node: mediaType,
        message: `manifests[${earlier.position}] lists the same digest as ${JSON.stringify(earlier.type)}; one blob cannot be both, so one of the two entries is wrong.`,
      });
    }
  },
};
