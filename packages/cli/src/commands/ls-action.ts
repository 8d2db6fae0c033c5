/** The body of `ocilens ls`, loaded only when the command runs: start-up never loads the registry client. */
import { EXIT } from "../io/exit.js";
import { clientPoolFrom, reportingRegistryErrors } from "../registry/cli-options.js";
import type { RegistryCliOptions } from "../registry/registry-flags.js";
import { describeTag } from "../registry/describe-tag.js";
import { createLimiter } from "../registry/limiter.js";
import { parseRepository } from "../registry/reference.js";

export type LsOptions = RegistryCliOptions & { format: "text" | "json" };

export async function runLs(repo: string, options: LsOptions): Promise<void> {
  await reportingRegistryErrors(async () => {
    const reference = parseRepository(repo);
    const client = clientPoolFrom(options)(reference);
    const tags = (await client.listTags(reference.repository)).sort();
    const limit = createLimiter(8);
    const summaries = await Promise.all(
      tags.map((tag) => describeTag(client, reference.repository, tag, limit)),
    );
    if (options.format === "json") {
      process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
    } else {
      for (const summary of summaries) {
        const attestations = summary.attestations > 0 ? ` (+${summary.attestations} attestations)` : "";
        process.stdout.write(
          `${summary.tag}\t${summary.digest}\t${summary.mediaType ?? "-"}\t${summary.platforms.join(",") || "-"}${attestations}\n`,
        );
      }
    }
    process.stderr.write(`${summaries.length} tags in ${reference.registry}/${reference.repository}\n`);
    process.exitCode = EXIT.ok;
  });
}
