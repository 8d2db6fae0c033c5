import type { Command } from "commander";
import { Option } from "commander";
import { DIGEST_ALGORITHMS, type DigestAlgorithm } from "@ocilens/core";
import { digestFile, digestStream } from "../io/hash-file.js";
import { EXIT, UsageError } from "../io/exit.js";

type DigestOptions = { algorithm: DigestAlgorithm; format: "text" | "json" };
type DigestLine = { path: string; digest: string; size: number };

export function registerDigest(program: Command): void {
  program
    .command("digest")
    .description("print the digest and size of each file's exact bytes (- for stdin)")
    .argument("[paths...]", "files to hash; - reads standard input", ["-"])
    .addOption(
      new Option("-a, --algorithm <name>", "digest algorithm").choices(DIGEST_ALGORITHMS).default("sha256"),
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (paths: string[], options: DigestOptions) => {
      const lines: DigestLine[] = [];
      for (const path of paths) {
        const result =
          path === "-"
            ? await digestStream(process.stdin, options.algorithm)
            : await digestFile(path, options.algorithm).catch((error: NodeJS.ErrnoException) => {
                throw new UsageError(`cannot read ${path}: ${error.code ?? error.message}`);
              });
        lines.push({ path, ...result });
      }
      process.stdout.write(
        options.format === "json"
          ? `${JSON.stringify(lines, null, 2)}\n`
          : lines.map((line) => `${line.digest}  ${line.size}  ${line.path}\n`).join(""),
      );
      process.exitCode = EXIT.ok;
    });
}
