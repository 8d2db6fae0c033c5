/**
 * The check of the layout rules that judge a whole folder (index.json present, blobs/ present, blob paths,
 * extra content, unsafe entries). A single document never is a layout: these rules report from
 * validateLayout (layout/validate-layout.ts), which sees every entry.
 */
export function judgedByValidateLayout(): void {}
