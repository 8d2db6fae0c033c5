import type { Command } from "commander";
import { Option } from "commander";
import { ENGINE_IDS } from "@ocilens/core/option-values";
import type { SelectOptions } from "./select-action.js";

export function registerSelect(program: Command): void {
  program
    .command("select")
    .description(
      "show which entry of an image index each client selects for a platform, and why for every entry",
    )
    .argument("<index>", "image index or manifest list JSON file; - reads standard input")
    .option(
      "-p, --platform <spec>",
      "the requested platform, e.g. linux/arm/v7 or windows/amd64:10.0.20348.1",
    )
    .option("--host <id>", "a machine of the catalogue instead (each client asks for what it would on it)")
    .addOption(
      new Option("-e, --engine <id>", "client to emulate")
        .choices([...ENGINE_IDS, "all"])
        .default("containerd"),
    )
    .option("--prefer-gzip", "containers-image: prefer gzip instances over zstd ones")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (path: string, options: SelectOptions) => {
      const { runSelect } = await import("./select-action.js");
      await runSelect(path, options);
    });
}
