import type { Rule } from "../rule.js";
import { getMember } from "../../json/access.js";
import { platformKey, ZSTD_ANNOTATION } from "../../platforms/entries.js";
import { formatPlatform } from "../../platforms/format.js";
import { normalizePlatform } from "../../platforms/normalize.js";
import type { Platform } from "../../platforms/types.js";
import { indexEntriesOf } from "./entries.js";

export const duplicatePlatformRule: Rule = {
  id: "R69",
  key: "oi.duplicate-platform",
  severity: "warning",
  formats: ["OI", "DL"],
  kinds: ["oci-index", "docker-manifest-list"],
  summary: "Two entries for the same platform (after normalisation) make the later ones unreachable.",
  docs:
    "Clients pick the first entry that matches the host, so a second entry for the same platform is never " +
    "selected by platform. Platforms are compared as containerd normalises them: `arm64` equals `arm64/v8`, " +
    "`arm` equals `arm/v7`, `amd64` equals `amd64/v1`, `aarch64` equals `arm64`; `os.version` and " +
    "`os.features` take part. Attestation entries are exempt. Duplicates that differ only in the " +
    "containers/image zstd annotation (podman's zstd variants) are deliberate and still reported, because " +
    "only containers/image tells them apart; every other client takes the first (hazard H10).",
  source:
    "image-spec image-index.md ('the first matching entry SHOULD be used'); containerd/platforms database.go normalizeArch; containers/image oci_index.go zstd selection",
  check(context) {
    const first = new Map<string, number>();
    // Entries of one platform id share one platform as written: each is normalised once.
    const normalizedById: Array<{ normalized: Platform; key: string } | undefined> = [];
    for (const { node, entry } of indexEntriesOf(context.document)) {
      const platform = entry.platform;
      if (!platform || entry.attestation || platform.os === "" || platform.architecture === "") continue;
      let byId = normalizedById[entry.platformId];
      if (!byId) {
        const normalized = normalizePlatform(platform);
        normalizedById[entry.platformId] = byId = { normalized, key: platformKey(normalized) };
      }
      const { normalized, key } = byId;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, entry.position);
        continue;
      }
      const zstd = entry.zstd
        ? ` It differs only by the ${ZSTD_ANNOTATION} annotation, which only containers/image reads.`
        : "";
      context.report({
        node: getMember(node, "platform") ?? node,
        message: `This entry's platform ${formatPlatform(normalized, { all: true })} repeats manifests[${earlier}]; clients take the first match, so platform selection never picks this entry.${zstd}`,
      });
    }
  },
};
