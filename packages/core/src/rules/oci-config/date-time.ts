/**
 * RFC 3339 § 5.6 `date-time` (what image configs use for `created`): full-date "T" full-time, with a
 * fractional second of any length and `Z` or a numeric offset. Field ranges are checked, including the
 * length of each month and leap years. The schema's `dateTime` pattern (schemas/json/defs.schema.json) makes
 * the same calendar judgement, so both report the same dates (schemas.test.ts compares them).
 *
 * Two spellings RFC 3339 allows are refused by Go's time parser, which Docker, containerd and
 * go-containerregistry decode configs with: a leap second (`:60`) and lower-case `t`/`z`. They are told
 * apart so that a rule can say "valid, but Go-based tools will fail".
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})([Tt])(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:([Zz])|[+-](\d{2}):(\d{2}))$/;

export type DateTimeVerdict = "valid" | "rejected-by-go" | "invalid";

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function judgeDateTime(text: string): DateTimeVerdict {
  const match = DATE_TIME.exec(text);
  if (!match) return "invalid";
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[5]);
  const minute = Number(match[6]);
  const second = Number(match[7]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "invalid";
  if (hour > 23 || minute > 59 || second > 60) return "invalid";
  if (match[9] !== undefined && (Number(match[9]) > 23 || Number(match[10]) > 59)) return "invalid";
  return second === 60 || match[4] === "t" || match[8] === "z" ? "rejected-by-go" : "valid";
}

/** True for every RFC 3339 date-time, including the spellings Go refuses. */
export function isRfc3339DateTime(text: string): boolean {
  return judgeDateTime(text) !== "invalid";
}
