/** The document kinds that have a JSON Schema of ours: all but schema 1 (only detected), whole layouts and unknown. */
import type { Kind } from "../report.js";

export type SchemaKind = Exclude<Kind, "docker-schema1" | "oci-layout" | "unknown">;
