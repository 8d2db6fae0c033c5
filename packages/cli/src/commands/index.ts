/**
 * `ocilens index create TARGET SOURCE…`: `docker manifest create` + `push` done right. Sources may be
 * manifests or indexes (entries and attestations carried over), platforms come from each config, the
 * index is validated together with its children before anything is pushed, and children living in
 * another repository are mounted or copied first. Offline: `--from-layout DIR` (selectors are ref names or
 * digests; TARGET is a ref name written into the layout, or - for stdout), or TARGET - with manifest files.
 */
import { Option, type Command } from "commander";
import { addRegistryOptions } from "../registry/registry-flags.js";
import type { CreateOptions } from "./index-action.js";

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerIndex(program: Command): void {
  const index = program.command("index").description("assemble image indexes");
  const create = index
    .command("create")
    .description(
      "assemble an index from manifests and indexes, validate it, and push it (or write it offline)",
    )
    .argument("<target>", "registry/repo:tag to push to; a ref name with --from-layout; - for stdout")
    .argument("<sources...>", "manifests or indexes: references, layout ref names/digests, or files")
    .addOption(new Option("--format <format>", "index media type").choices(["oci", "docker"]).default("oci"))
    .option("--dry-run", "validate and print the index; push nothing")
    .option("--no-attestations", "leave out attestation manifests of index sources")
    .option("--platform <source=spec>", "set a single-manifest source's platform (repeatable)", collect, [])
    .option("--annotation <key=value>", "add an annotation to the index (repeatable)", collect, [])
    .option("--from-layout <dir>", "take sources from an OCI image layout (and write TARGET into it)")
    .addOption(
      new Option("--report-format <format>", "format of the validation report")
        .choices(["text", "json"])
        .default("text"),
    );
  addRegistryOptions(create).action(async (target: string, sources: string[], options: CreateOptions) => {
    const { runIndexCreate } = await import("./index-action.js");
    await runIndexCreate(target, sources, options);
  });
}
