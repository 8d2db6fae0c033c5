/**
 * SPDX license expression syntax (SPDX spec annex D): license ids (optionally `+`), `LicenseRef-…` and
 * `DocumentRef-…:LicenseRef-…`, combined with AND / OR, an exception attached with WITH, and parentheses.
 * Only the syntax is judged; whether an id is on the SPDX license list is not.
 */
const OPERATORS = new Set(["AND", "OR", "WITH"]);
const ID = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?(?:LicenseRef-)?[A-Za-z0-9.-]+\+?$/;

export function isSpdxExpression(text: string): boolean {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  const operator = (name: string) => tokens[position]?.toUpperCase() === name && (position++, true);
  const license = (): boolean => {
    if (tokens[position] === "(") {
      position++;
      return compound() && tokens[position++] === ")";
    }
    const id = tokens[position++];
    if (id === undefined || OPERATORS.has(id.toUpperCase()) || !ID.test(id)) return false;
    if (!operator("WITH")) return true;
    const exception = tokens[position++];
    return (
      exception !== undefined && !OPERATORS.has(exception.toUpperCase()) && /^[A-Za-z0-9.-]+$/.test(exception)
    );
  };
  const compound = (): boolean => {
    if (!license()) return false;
    while (operator("AND") || operator("OR")) if (!license()) return false;
    return true;
  };
  return tokens.length > 0 && compound() && position === tokens.length;
}
