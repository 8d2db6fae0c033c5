/** Vite's `?raw` imports (the file's text), as used for the committed rule reference page. */
declare module "*.md?raw" {
  const text: string;
  export default text;
}
