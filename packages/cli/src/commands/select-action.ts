/** The body of `ocilens select`, loaded only when the command runs: start-up never loads the selection engines. */
import { readFile } from "node:fs/promises";
import {
  ENGINE_IDS,
  findHost,
  formatPlatform,
  HOSTS,
  parsePlatform,
  selectManifest,
  type EngineId,
  type Platform,
  type Selection,
} from "@ocilens/core";
import { EXIT, UsageError } from "../io/exit.js";

export type SelectOptions = {
  platform?: string;
  host?: string;
  engine: EngineId | "all";
  format: "text" | "json";
  preferGzip?: boolean;
};

type IndexEntryJson = { digest?: unknown; platform?: Platform };
export type IndexJson = { manifests: IndexEntryJson[] };

/** Reads INDEX (a path, or - for standard input) as JSON; anything unreadable is a usage error (exit 2). */
export async function readIndexArgument(path: string): Promise<IndexJson> {
  let text: string;
  try {
    text = path === "-" ? await readStream(process.stdin) : await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const manifests = (parsed as { manifests?: unknown } | null)?.manifests;
  if (typeof parsed !== "object" || parsed === null || !Array.isArray(manifests)) {
    throw new UsageError(`${path} has no \`manifests\` array: it is not an image index or manifest list`);
  }
  return parsed as IndexJson;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** The entry's platform as written, os.version and os.features included. */
function platformOf(index: IndexJson, position: number): string {
  const platform = index.manifests[position]?.platform;
  return platform && typeof platform === "object" ? formatPlatform(platform, { all: true }) : "no platform";
}

function describeEntry(index: IndexJson, position: number): string {
  const platform = platformOf(index, position);
  const digest = index.manifests[position]?.digest;
  return typeof digest === "string" ? `${platform} ${digest}` : platform;
}

/**
 * A line per entry: position, rank, the platform as written (a reason names only what the engine read of it, so
 * the revisions of one Windows build can read alike) and the reason.
 */
function renderText(index: IndexJson, selection: Selection): string {
  const head =
    selection.selected === null
      ? `${selection.engine}: selects nothing`
      : `${selection.engine}: selects #${selection.selected} ${describeEntry(index, selection.selected)}`;
  const platforms = selection.candidates.map((c) => platformOf(index, c.position));
  const width = platforms.reduce((widest, text) => Math.max(widest, text.length), 0);
  const lines = selection.candidates.map(
    (c, i) =>
      `  #${String(c.position).padEnd(3)} ${c.rank === null ? "  -" : String(c.rank).padStart(3)}  ${platforms[i]!.padEnd(width)}  ${c.reason}`,
  );
  return [head, ...lines].join("\n");
}

function hostFor(options: SelectOptions): { host: Platform; implicit: boolean } {
  if (options.platform !== undefined && options.host !== undefined) {
    throw new UsageError("give either --platform or --host, not both");
  }
  if (options.host !== undefined) {
    const host = findHost(options.host);
    if (!host)
      throw new UsageError(
        `unknown host ${JSON.stringify(options.host)}: one of ${HOSTS.map((h) => h.id).join(", ")}`,
      );
    return { host: host.platform, implicit: true };
  }
  if (options.platform === undefined) throw new UsageError("select needs --platform SPEC (or --host ID)");
  try {
    return { host: parsePlatform(options.platform), implicit: false };
  } catch (error) {
    throw new UsageError(`--platform: ${(error as Error).message}`);
  }
}

export async function runSelect(path: string, options: SelectOptions): Promise<void> {
  const { host, implicit } = hostFor(options);
  const index = await readIndexArgument(path);
  const engines = options.engine === "all" ? [...ENGINE_IDS] : [options.engine];
  const selections = engines.map((engine) => {
    const selection = selectManifest(index, host, { engine, implicit, preferGzip: options.preferGzip });
    const digest = selection.selected === null ? null : index.manifests[selection.selected]?.digest;
    return { ...selection, digest: typeof digest === "string" ? digest : null };
  });
  if (options.format === "json") {
    const body = options.engine === "all" ? selections : selections[0];
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    process.stdout.write(`${selections.map((s) => renderText(index, s)).join("\n\n")}\n`);
  }
  // With --engine all, every client must find something.
  process.exitCode = selections.some((s) => s.selected === null) ? EXIT.findings : EXIT.ok;
}
