/**
 * One flat pass over the text, before the (recursive, memory-hungry) parser runs, that finds what would make
 * parsing dangerous: nesting deeper than `maxDepth` (100,000 `[` overflow a recursive parser's stack), a
 * container with more than `maxMembers` entries, or more than `maxValues` values in all (each parsed value costs
 * a few hundred bytes, so 64 MiB of `0,` would need gigabytes). Brackets and commas inside strings do not count.
 * The scan keeps one frame per open container and stops at the first excess of depth or values, so its own
 * memory is bounded by `maxDepth`. It also notes raw line breaks inside strings (invalid JSON that momoa
 * accepts), because momoa then gives those strings a wrong end position.
 */
import type { ReadLimits } from "./limits.js";

export type LimitExcess = {
  rule: "limit.depth" | "limit.members" | "limit.values";
  message: string;
  /** Offset of the bracket (or value) where the limit is exceeded. */
  offset: number;
};

type Frame = { open: number; object: boolean; entries: number; awaitingEntry: boolean };

const isWhitespace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

export type ScanResult = {
  /** Every excess found; empty when the text may be parsed. */
  excesses: LimitExcess[];
};

export function scanLimits(text: string, limits: ReadLimits): ScanResult {
  const excesses: LimitExcess[] = [];
  const stack: Frame[] = [];
  let values = 0;
  let inString = false;
  const startValue = (offset: number): boolean => {
    const top = stack[stack.length - 1];
    if (top) {
      // In an object the entry is counted at its name; the value after ':' is that same entry.
      if (!top.awaitingEntry) return true;
      top.awaitingEntry = false;
      top.entries++;
    }
    if (++values > limits.maxValues) {
      excesses.push({
        rule: "limit.values",
        message: `The document holds more than ${limits.maxValues} values; it was not parsed.`,
        offset,
      });
      return false;
    }
    return true;
  };
  scan: for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index++;
      else if (code === 0x22 /* " */) inString = false;
      continue;
    }
    if (isWhitespace(code) || code === 0x3a /* : */) continue;
    if (code === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top) top.awaitingEntry = true;
      continue;
    }
    if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      const frame = stack.pop();
      if (frame && frame.entries > limits.maxMembers) {
        excesses.push({
          rule: "limit.members",
          message: `This value has ${frame.entries} ${frame.object ? "members" : "items"}, above the limit of ${limits.maxMembers}; the document was not parsed.`,
          offset: frame.open,
        });
      }
      continue;
    }
    if (!startValue(index)) break;
    if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (stack.length >= limits.maxDepth) {
        excesses.push({
          rule: "limit.depth",
          message: `Arrays and objects are nested deeper than ${limits.maxDepth} levels; the document was not parsed.`,
          offset: index,
        });
        break scan;
      }
      stack.push({ open: index, object: code === 0x7b, entries: 0, awaitingEntry: true });
    } else {
      // A number or literal: skip to its end so that `123` counts once.
      while (index + 1 < text.length && !isDelimiter(text.charCodeAt(index + 1))) index++;
    }
  }
  // Containers still open (malformed text, or the scan stopped at an excess) count with what they hold so far.
  for (const frame of stack) {
    if (frame.entries > limits.maxMembers) {
      excesses.push({
        rule: "limit.members",
        message: `This value has more than ${limits.maxMembers} ${frame.object ? "members" : "items"}; the document was not parsed.`,
        offset: frame.open,
      });
    }
  }
  return { excesses };
}

function isDelimiter(code: number): boolean {
  return (
    isWhitespace(code) ||
    code === 0x2c ||
    code === 0x3a ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x22
  );
}
