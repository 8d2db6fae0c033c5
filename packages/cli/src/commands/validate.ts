import type { Command } from "commander";
import { Option } from "commander";
import { KINDS } from "@ocilens/core/option-values";
import { OUTPUT_FORMATS } from "../output/formats.js";
import type { ValidateOptions } from "./validate-action.js";

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description(
      "validate manifests, indexes, configs and OCI image layouts (files, globs, folders, .tar archives, - for stdin)",
    )
    .argument("[paths...]", "what to validate; - reads standard input", ["-"])
    .option(
      "-e, --expect <kind>",
      `what the documents are meant to be: a kind (${KINDS.join(", ")}) or a media type`,
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("text"))
    .option("--strict", "fail on warnings too (same as --fail-level warning)")
    .addOption(
      new Option("--fail-level <severity>", "lowest severity that fails the run").choices([
        "error",
        "warning",
        "info",
      ]),
    )
    .option(
      "-c, --config <file>",
      "configuration file (default: the nearest ocilens.config.json up to the git root)",
    )
    .option("-r, --rule <key=setting>", "set a rule to off|error|warning|info (repeatable)", collect, [])
    .option("--max-size <bytes>", "largest input read, in bytes (default 67108864)")
    .option("--color", "colour the text output (default: only on a terminal)")
    .option("--no-color", "never colour the output (NO_COLOR does the same)")
    .action(async (paths: string[], options: ValidateOptions) => {
      const { runValidate } = await import("./validate-action.js");
      await runValidate(paths, options);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
