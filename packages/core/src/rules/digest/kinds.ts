import type { Kind } from "../../report.js";
import { DESCRIPTOR_KINDS } from "../../documents/descriptors.js";

/** Digests occur in descriptors and in configs (rootfs.diff_ids). */
export const DIGEST_RULE_KINDS: readonly Kind[] = [...DESCRIPTOR_KINDS, "oci-config", "docker-config"];
