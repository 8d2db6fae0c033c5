/**
 * Every regular expression written in a source file: regex literals and `RegExp(...)` / `new RegExp(...)`
 * calls, found with the TypeScript parser (so regex-looking text in strings and comments is not mistaken for
 * one). A constructor argument built from a template is resolved from the same file's string constants; a
 * substitution that is not such a constant (a digest length, say) becomes `64`, a representative count.
 */
import ts from "typescript";

export type FoundRegex = { file: string; line: number; source: string; flags: string };

/** The `<script>` blocks of a Svelte component (the only part that holds code). */
export function svelteScripts(text: string): string {
  return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join("\n");
}

const REPRESENTATIVE_SUBSTITUTION = "64";

export function findRegexes(file: string, text: string): FoundRegex[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const constants = new Map<string, string>();
  const found: FoundRegex[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;

  const stringValue = (node: ts.Expression | undefined): string | undefined => {
    if (!node) return undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isIdentifier(node)) return constants.get(node.text) ?? REPRESENTATIVE_SUBSTITUTION;
    if (ts.isTemplateExpression(node)) {
      return (
        node.head.text +
        node.templateSpans.map((span) => (stringValue(span.expression) ?? "") + span.literal.text).join("")
      );
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
      return (stringValue(node.left) ?? "") + (stringValue(node.right) ?? "");
    return REPRESENTATIVE_SUBSTITUTION;
  };

  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf("/");
      found.push({ file, line: lineOf(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    }
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp" &&
      node.arguments?.[0]
    ) {
      const [pattern, flags] = node.arguments;
      found.push({
        file,
        line: lineOf(node),
        source: stringValue(pattern) ?? REPRESENTATIVE_SUBSTITUTION,
        flags: flags && ts.isStringLiteral(flags) ? flags.text : "",
      });
    }
    ts.forEachChild(node, visit);
  };
  // Constants first, so a RegExp built above the constant it uses still resolves it.
  const collectConstants = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      constants.set(node.name.text, node.initializer.text);
    }
    ts.forEachChild(node, collectConstants);
  };
  collectConstants(source);
  visit(source);
  return found;
}
