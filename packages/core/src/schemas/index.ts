/**
 * Our JSON Schemas (json/*.schema.json, draft 2020-12), compiled ahead of time by scripts/gen-schemas.mjs into
 * generated/validators.js, and the translation of their errors into catalogue rules.
 *
 * The schema checks structure and types only. Judgements that need the JSON text (number literals such as `1.0`
 * or sizes beyond int64, duplicate or case-variant member names) belong to the pipeline and the rule modules.
 */
import type { Kind } from "../report.js";
import {
  dockerConfig,
  dockerManifest,
  dockerManifestList,
  ociConfig,
  ociDescriptor,
  ociIndex,
  ociLayoutHeader,
  ociManifest,
  type CompiledValidator,
  type SchemaError,
} from "./generated/validators.js";
import type { SchemaKind } from "./kinds.js";
import { FALLBACK_RULES, SCHEMA_RULES } from "./rule-table.js";

export type { SchemaKind } from "./kinds.js";
export type { CompiledValidator, SchemaError } from "./generated/validators.js";

export type SchemaFinding = {
  /** Catalogue key, e.g. "desc.size-nonnegative". */
  rule: string;
  /** For people; never ajv's own wording. */
  message: string;
  /** RFC 6901 pointer to the offending value; for a missing member, to the object that lacks it. */
  pointer: string;
};

/**
 * The bare compiled validators, one per kind. bench/validate times these against checkSchema on the same
 * documents; a validator returns a boolean and leaves ajv's raw errors in `.errors`.
 */
export const schemaValidators: Readonly<Record<SchemaKind, CompiledValidator>> = {
  "oci-manifest": ociManifest,
  "oci-index": ociIndex,
  "oci-config": ociConfig,
  "oci-descriptor": ociDescriptor,
  "oci-layout-header": ociLayoutHeader,
  "docker-manifest": dockerManifest,
  "docker-manifest-list": dockerManifestList,
  "docker-config": dockerConfig,
};

export const SCHEMA_KINDS = Object.keys(schemaValidators) as readonly SchemaKind[];

export function hasSchema(kind: Kind): kind is SchemaKind {
  return Object.hasOwn(schemaValidators, kind);
}

/** The key of rule-table.ts for an error: its schema location, plus the member name for `required`. */
export function schemaLocation(error: Pick<SchemaError, "schemaPath" | "keyword" | "params">): string {
  const path = error.schemaPath.startsWith("defs/")
    ? error.schemaPath.slice("defs/".length)
    : error.schemaPath;
  return error.keyword === "required" ? `${path}/${String(error.params.missingProperty)}` : path;
}

/** The catalogue rule and message for one error of a document of `kind`. */
export function translateSchemaError(kind: SchemaKind, error: SchemaError): SchemaFinding {
  const location = schemaLocation(error);
  const known = SCHEMA_RULES[`${kind} ${location}`] ?? SCHEMA_RULES[location];
  if (known) return { rule: known.rule, message: known.message, pointer: error.instancePath };
  return {
    rule: FALLBACK_RULES[kind],
    message: `This value does not have the structure a ${kind} requires here.`,
    pointer: error.instancePath,
  };
}

/**
 * Checks the plain JSON value of a document against the schema of its kind. Kinds without a schema
 * (docker-schema1, oci-layout, unknown) give no findings.
 */
export function checkSchema(kind: Kind, value: unknown): SchemaFinding[] {
  if (!hasSchema(kind)) return [];
  const validate = schemaValidators[kind];
  if (validate(value)) return [];
  const findings: SchemaFinding[] = [];
  for (const error of validate.errors ?? []) {
    // An `if` error only says that its `then` failed; that failure is reported by itself.
    if (error.keyword !== "if") findings.push(translateSchemaError(kind, error));
  }
  return findings;
}
