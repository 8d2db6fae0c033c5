/**
 * A flat scan for the deepest bracket nesting, run before the (recursive) parser so that hostile input such
 * as 100,000 `[` cannot overflow the stack. Brackets inside strings do not count.
 */

/** Offset of the first bracket that opens level `maxDepth + 1`, or -1 when the text stays within the limit. */
export function findExcessiveNesting(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > maxDepth) return index;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth--;
    }
  }
  return -1;
}
