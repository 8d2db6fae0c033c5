/**
 * Monaco, loaded lazily (import("./monaco")) so the first chunk stays small. Only the editor API, the
 * features the playground uses and the JSON language with its worker are pulled in: the full
 * `monaco-editor` entry would also bundle the TypeScript, CSS and HTML workers (megabytes nobody needs).
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/codeAction/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/wordHighlighter/register";
import { jsonDefaults } from "monaco-editor/languages/features/json/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/language/json/json.worker?worker";

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === "json" ? new JsonWorker() : new EditorWorker()),
};

// Every finding comes from the core, exactly as in the CLI; the JSON language's own checker would only
// repeat the syntax errors in other words, and must not fetch schemas.
jsonDefaults.setDiagnosticsOptions({ validate: false, enableSchemaRequest: false });

export { monaco };
export type Monaco = typeof monaco;
