import type { Command } from "commander";
import { Option } from "commander";
import { formatPlatform, normalizePlatform, parsePlatform, type Platform } from "@ocilens/core";
import { EXIT } from "../io/exit.js";

type PlatformOptions = { format: "text" | "json" };
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

export function registerPlatform(program: Command): void {
  program
    .command("platform")
    .description(
      "parse platform specifiers as containerd does (also crane's os/arch:osversion and regctl's ,osver=) and print them normalized",
    )
    .argument(
      "<specs...>",
      "platform specifiers, e.g. linux/aarch64, armhf, windows/amd64,osver=10.0.20348.1",
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action((specs: string[], options: PlatformOptions) => {
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
    });
}
