import type { Command } from "commander";
import { Option } from "commander";
import { ENGINE_IDS } from "@ocilens/core/option-values";
import type { MatrixOptions } from "./matrix-action.js";

export function registerMatrix(program: Command): void {
  program
    .command("matrix")
    .description(
      "coverage of an image index: for every machine of the catalogue, the entry each client selects; unserved machines, disagreements, unreachable entries",
    )
    .argument("<index>", "image index or manifest list JSON file; - reads standard input")
    .addOption(new Option("-e, --engine <ids...>", "only these clients").choices([...ENGINE_IDS]))
    .option("--prefer-gzip", "containers-image: prefer gzip instances over zstd ones")
    .option("--strict", "also exit 1 when an entry is shadowed or reached by no machine")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (path: string, options: MatrixOptions) => {
      const { runMatrix } = await import("./matrix-action.js");
      await runMatrix(path, options);
    });
}
