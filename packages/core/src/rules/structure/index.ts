/** Top-level structure shared by OCI and Docker v2 manifests and indexes (R46–R47). */
import type { Rule } from "../rule.js";
import { mediaTypeRecommended } from "./mediatype-recommended.js";
import { schemaVersion } from "./schemaversion.js";

export const structureRules: readonly Rule[] = [schemaVersion, mediaTypeRecommended];
