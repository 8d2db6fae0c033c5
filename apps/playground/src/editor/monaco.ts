/**
 * Monaco, loaded lazily (import("./monaco")) so the first chunk stays small. Only the editor API, the hover
 * feature and the JSON language with its worker are pulled in: the full `monaco-editor` entry would also
 * bundle the TypeScript, CSS and HTML workers (megabytes nobody here needs).
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/languages/features/json/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/language/json/json.worker?worker";

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === "json" ? new JsonWorker() : new EditorWorker()),
};

export { monaco };
