/** OCI image layout (R87–R92, plus the safety rule for entries that would leave the layout). */
import type { Rule } from "../rule.js";
import { blobPathRule } from "./blob-path.js";
import { blobsDirRule } from "./blobs-dir.js";
import { extraContentRule } from "./extra-content.js";
import { indexJsonRule } from "./index-json.js";
import { ociLayoutFileRule } from "./oci-layout-file.js";
import { unsafeEntryRule } from "./unsafe-entry.js";
import { layoutVersionRule } from "./version.js";

export const ociLayoutRules: readonly Rule[] = [
  ociLayoutFileRule,
  layoutVersionRule,
  indexJsonRule,
  blobsDirRule,
  blobPathRule,
  extraContentRule,
  unsafeEntryRule,
];
