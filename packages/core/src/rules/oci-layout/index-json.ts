import type { Rule } from "../rule.js";
import { judgedByValidateLayout } from "./layout-only.js";

export const indexJsonRule: Rule = {
  id: "R89",
  key: "ol.index-json",
  severity: "error",
  formats: ["OL"],
  kinds: ["oci-layout"],
  summary: "`index.json` must exist and be a valid OCI image index.",
  docs:
    "`index.json` is the entry point of an image layout: an OCI image index whose `manifests` name the " +
    "images the layout holds (often tagged with `org.opencontainers.image.ref.name`). Without it nothing in " +
    "`blobs/` can be found.",
  source:
    "image-spec image-layout.md § Content and § index.json file ('It MUST be an image index JSON object')",
  check: judgedByValidateLayout,
};
