/** The report formats, apart from their renderers so that declaring --format loads none of them. */
export const OUTPUT_FORMATS = ["text", "json", "sarif", "github", "junit"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
