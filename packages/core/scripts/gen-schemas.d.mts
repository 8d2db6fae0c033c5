/** Types of gen-schemas.mjs, for the tests that run the generator in memory. */

/** Document kinds with a schema, and the export name of each compiled validator in validators.js. */
export const SCHEMA_EXPORTS: Readonly<Record<string, string>>;

/** Every error location of every schema: per kind (`#/…`) and per shared definition (`<name>/…`). */
export function schemaErrorLocations(): Promise<{
  kinds: Record<string, string[]>;
  definitions: Record<string, string[]>;
}>;

/** Throws unless `code` neither contains nor performs string evaluation (eval, new Function). */
export function assertNoStringEvaluation(code: string): Promise<void>;

/** The committed validators.js. */
export function readCommittedValidators(): Promise<string>;

/** The complete text validators.js must have. */
export function generateValidatorsSource(): Promise<string>;
