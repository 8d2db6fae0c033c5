import type { Rule } from "../rule.js";
import { judgedByValidateLayout } from "./layout-only.js";

export const blobPathRule: Rule = {
  id: "R91",
  key: "ol.blob-path",
  severity: "error",
  formats: ["OL"],
  kinds: ["oci-layout"],
  summary:
    "A blob at `blobs/<alg>/<encoded>` must hash to `<alg>:<encoded>`, and both segments must be a grammatical digest.",
  docs:
    "A layout is content-addressed: the path of a blob is its digest. ocilens hashes every file under " +
    "`blobs/` and reports files whose bytes do not hash to their name, and names that are not a digest " +
    "(wrong case, wrong length, stray files). Blobs with an algorithm ocilens cannot compute (blake3, " +
    "unregistered algorithms) are reported as unverifiable, with severity info.",
  source: "image-spec image-layout.md § Blobs",
  check: judgedByValidateLayout,
};
