import type { Command } from "commander";
import { Option } from "commander";
import { DIGEST_ALGORITHMS } from "@ocilens/core/option-values";
import type { DigestOptions } from "./digest-action.js";

export function registerDigest(program: Command): void {
  program
    .command("digest")
    .description(
      "print the digest and size of each file's exact bytes (- for stdin); folders are walked, and the blobs " +
        "of an OCI image layout are checked against their names",
    )
    .argument("[paths...]", "files or folders to hash; - reads standard input", ["-"])
    .addOption(
      new Option("-a, --algorithm <name>", "digest algorithm").choices(DIGEST_ALGORITHMS).default("sha256"),
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (paths: string[], options: DigestOptions) => {
      const { runDigest } = await import("./digest-action.js");
      await runDigest(paths, options);
    });
}
