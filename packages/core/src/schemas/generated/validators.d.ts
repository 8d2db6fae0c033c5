/**
 * Types of the generated validators.js (ajv standalone output for src/schemas/json/*.schema.json).
 * Hand-written: the generator only emits JavaScript.
 */

/** One ajv error. The generator compiles with `messages: false`, so there is no `message`. */
export interface SchemaError {
  /** RFC 6901 pointer to the offending value. */
  instancePath: string;
  /** Where the failing keyword is: `#/…` for the document schema itself, `<definition>/…` (or `defs/<definition>/…`) inside a shared definition. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A compiled schema: returns whether `data` is valid and leaves the reasons in `errors`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export const ociManifest: CompiledValidator;
export const ociIndex: CompiledValidator;
export const ociConfig: CompiledValidator;
export const ociDescriptor: CompiledValidator;
export const ociLayoutHeader: CompiledValidator;
export const dockerManifest: CompiledValidator;
export const dockerManifestList: CompiledValidator;
export const dockerConfig: CompiledValidator;
