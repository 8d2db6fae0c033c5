/** The suffixes of 1, 2 and 3; every other last digit takes "th". */
const SUFFIXES: readonly string[] = ["th", "st", "nd", "rd"];

/** "1st", "2nd", "3rd", "11th", "22nd": ranks in explanations. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${SUFFIXES[n % 10] ?? "th"}`;
}
