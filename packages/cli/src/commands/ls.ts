/** `ocilens ls REPO`: every tag with the digest, media type and platforms it points at. */
import { Option, type Command } from "commander";
import { addRegistryOptions } from "../registry/registry-flags.js";
import type { LsOptions } from "./ls-action.js";

export function registerLs(program: Command): void {
  const command = program
    .command("ls")
    .description("list a repository's tags with their digests, media types and platforms")
    .argument("<repo>", "registry/repository")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"),
    );
  addRegistryOptions(command).action(async (repo: string, options: LsOptions) => {
    const { runLs } = await import("./ls-action.js");
    await runLs(repo, options);
  });
}
