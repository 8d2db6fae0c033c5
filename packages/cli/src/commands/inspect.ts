/**
 * `ocilens inspect REF`: fetch an image from its registry down to the configs (children in parallel,
 * bounded), validate everything together, and print a tree or the validate report; optionally show which
 * child each engine would pull for a platform, or print the exact bytes.
 */
import { Option, type Command } from "commander";
import { addRegistryOptions } from "../registry/registry-flags.js";
import { OUTPUT_FORMATS } from "../output/formats.js";
import type { InspectOptions } from "./inspect-action.js";

export function registerInspect(program: Command): void {
  const command = program
    .command("inspect")
    .description("fetch an image from its registry down to the configs and validate it all together")
    .argument("<ref>", "registry/repo:tag, registry/repo@digest, or a Docker Hub short name")
    .option("--platform <spec>", "show which child each engine pulls for this platform (os/arch[/variant])")
    .addOption(new Option("--engine <id>", "engine for --platform, or all").default("containerd"))
    .option("--raw", "print the exact bytes of the manifest (the selected child's with --platform)")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("text"))
    .option("--color", "colour the text output (default: only on a terminal)")
    .option("--no-color", "never colour the output (NO_COLOR does the same)")
    .addOption(new Option("--concurrency <n>", "documents fetched at once").default("16"));
  addRegistryOptions(command).action(async (ref: string, options: InspectOptions) => {
    const { runInspect } = await import("./inspect-action.js");
    await runInspect(ref, options);
  });
}
