/** The document kinds that have a JSON Schema of ours (the others: schema 1, layouts, unknown, have none). */
import type { Kind } from "../report.js";

export const SCHEMA_KINDS = [
  "oci-manifest",
  "oci-index",
  "oci-config",
  "oci-descriptor",
  "oci-layout-header",
  "docker-manifest",
  "docker-manifest-list",
  "docker-config",
] as const satisfies readonly Kind[];

export type SchemaKind = (typeof SCHEMA_KINDS)[number];

export function hasSchema(kind: Kind): kind is SchemaKind {
  return (SCHEMA_KINDS as readonly Kind[]).includes(kind);
}
