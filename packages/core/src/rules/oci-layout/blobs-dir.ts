import type { Rule } from "../rule.js";
import { judgedByValidateLayout } from "./layout-only.js";

export const blobsDirRule: Rule = {
  id: "R90",
  key: "ol.blobs-dir",
  severity: "error",
  formats: ["OL"],
  kinds: ["oci-layout"],
  summary: "The `blobs` directory must exist (it may be empty).",
  docs:
    "Content of an image layout lives under `blobs/<algorithm>/<encoded>`. The directory is required even " +
    "when the layout holds no blobs.",
  source: "image-spec image-layout.md § Content",
  check: judgedByValidateLayout,
};
