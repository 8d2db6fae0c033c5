/**
 * SPDX license expression syntax (SPDX spec annex D): license ids (optionally `+`), `LicenseRef-…` and
 * `DocumentRef-…:LicenseRef-…`, combined with AND / OR, an exception attached with WITH, and parentheses.
 * Only the syntax is judged; whether an id is on the SPDX license list is not.
 */
const OPERATORS = new Set(["AND", "OR", "WITH"]);
const ID = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?(?:LicenseRef-)?[A-Za-z0-9.-]+\+?$/;
/** Deeper parentheses are refused: the parser recurses per level, and a hostile value can open thousands. */
const MAX_NESTING = 64;

export function isSpdxExpression(text: string): boolean {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  let nesting = 0;
  const operator = (name: string) => tokens[position]?.toUpperCase() === name && (position++, true);
  const license = (): boolean => {
    if (tokens[position] === "(") {
      if (++nesting > MAX_NESTING) return false;
      position++;
      const closed = compound() && tokens[position++] === ")";
      nesting--;
      return closed;
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
