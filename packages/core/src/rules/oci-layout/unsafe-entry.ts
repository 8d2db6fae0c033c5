import type { Rule } from "../rule.js";
import { judgedByValidateLayout } from "./layout-only.js";

export const unsafeEntryRule: Rule = {
  id: "XOL1",
  key: "ol.unsafe-entry",
  severity: "error",
  formats: ["OL"],
  kinds: ["oci-layout"],
  summary:
    "A layout must not contain symbolic links, devices or paths that leave the layout; ocilens does not read them.",
  docs:
    "An image layout is plain files in plain folders. A symbolic link (`blobs/sha256/… -> /etc/shadow`), a " +
    "device, or an archive entry named with `..` or an absolute path would make a reader touch files outside " +
    "the layout. ocilens refuses such entries and reports them; a blob that is only reachable through one " +
    "counts as missing.",
  source: "ocilens (safety rule beyond the catalogue); image-spec image-layout.md § Content",
  check: judgedByValidateLayout,
};
