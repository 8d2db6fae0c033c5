import type { Rule } from "../rule.js";
import { judgedByValidateLayout } from "./layout-only.js";

export const extraContentRule: Rule = {
  id: "R92",
  key: "ol.extra-content",
  severity: "info",
  formats: ["OL"],
  kinds: ["oci-layout"],
  summary: "Unknown files and unreferenced blobs are allowed; referenced blobs may be missing.",
  docs:
    "A layout may carry files the specification does not define (docker save's `manifest.json`, for " +
    "example), blobs nothing references, and may omit referenced blobs that are fetched elsewhere. None of " +
    "this is an error; ocilens lists it so that a layout meant to be complete can be checked for being so.",
  source: "image-spec image-layout.md § Content (Implementor's Note) and § Blobs",
  check: judgedByValidateLayout,
};
