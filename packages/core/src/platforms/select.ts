/** The contract's matching and selection entry points (contract.md §1), dispatching to the engines. */
import { readIndexView } from "./entries.js";
import type { SelectOptions } from "./engines/engine.js";
import { ENGINES } from "./engines/index.js";
import { isEngineId, type EngineId, type Platform, type Selection } from "./types.js";

function engine(id: EngineId) {
  if (!isEngineId(id))
    throw new Error(
      `unknown engine ${JSON.stringify(id)}: expected one of ${Object.keys(ENGINES).join(", ")}`,
    );
  return ENGINES[id];
}

/** Whether `engine` running for `host` accepts an entry with platform `candidate`. */
export function matchPlatform(engineId: EngineId, host: Platform, candidate: Platform): boolean {
  return engine(engineId).match(host, candidate);
}

/** < 0 when the engine prefers a over b, > 0 when it prefers b, 0 when it has no preference. */
export function comparePlatforms(engineId: EngineId, host: Platform, a: Platform, b: Platform): number {
  return Math.sign(engine(engineId).compare(host, a, b));
}

/**
 * The entry `engine` (default containerd) takes from a parsed image index or manifest list for `host`, with a
 * reason for every entry. Throws when `index` has no `manifests` array.
 */
export function selectManifest(
  index: unknown,
  host: Platform,
  opts: SelectOptions & { engine?: EngineId } = {},
): Selection {
  return engine(opts.engine ?? "containerd").select(readIndexView(index), host, opts);
}
