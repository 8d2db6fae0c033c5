/**
 * The platform vocabulary of the public contract (contract.md §1): the OCI platform object, the engine ids and
 * the shape of a selection.
 */

/** An OCI platform, with the OCI field names, so one can be copied straight out of a manifest. */
export type Platform = {
  os: string;
  architecture: string;
  variant?: string;
  "os.version"?: string;
  "os.features"?: string[];
};

/** Each id emulates one real client's selection, as platforms.md describes it. */
export const ENGINE_IDS = [
  "containerd",
  "containerd-strict",
  "docker",
  "containers-image",
  "ggcr",
  "regclient",
] as const;

export type EngineId = (typeof ENGINE_IDS)[number];

export function isEngineId(value: string): value is EngineId {
  return (ENGINE_IDS as readonly string[]).includes(value);
}

/** One index entry as an engine saw it. */
export type Candidate = {
  /** Position in index.manifests. */
  position: number;
  matches: boolean;
  /** 1 = the entry the engine takes; null when it does not match. */
  rank: number | null;
  /** One sentence a person can act on. */
  reason: string;
};

export type Selection = {
  engine: EngineId;
  /** Position in index.manifests, null when nothing fits. */
  selected: number | null;
  candidates: Candidate[];
};
