/** The body of `ocilens platform`, loaded only when the command runs: start-up never loads the core. */
import { formatPlatform, normalizePlatform, parsePlatform, type Platform } from "@ocilens/core";
import { EXIT } from "../io/exit.js";

export type PlatformOptions = { format: "text" | "json" };
type Parsed =
  | { input: string; platform: Platform; normalized: Platform; formatted: string }
  | { input: string; error: string };

function parseOne(input: string): Parsed {
  try {
    const platform = parsePlatform(input);
    const normalized = normalizePlatform(platform);
    return { input, platform, normalized, formatted: formatPlatform(normalized, { all: true }) };
  } catch (error) {
    return { input, error: error instanceof Error ? error.message : String(error) };
  }
}

export function runPlatform(specs: string[], options: PlatformOptions): void {
  const results = specs.map(parseOne);
  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const width = Math.max(...specs.map((s) => s.length));
    for (const result of results) {
      process.stdout.write(
        "error" in result
          ? `${result.input.padEnd(width)}  error: ${result.error}\n`
          : `${result.input.padEnd(width)}  ${result.formatted}\n`,
      );
    }
  }
  process.exitCode = results.some((r) => "error" in r) ? EXIT.findings : EXIT.ok;
}
