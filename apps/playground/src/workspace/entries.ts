/**
 * An index's entries as the tree view lists them: each manifest with the attestation entries that
 * describe it folded under it (the core decides what an attestation is and what it describes).
 */
import { attestedDigest, formatPlatform, isAttestationEntry, type Platform } from "@ocilens/core";

export type EntryView = {
  position: number;
  mediaType: string | null;
  digest: string | null;
  size: number | null;
  /** The platform as containerd formats it, or null when the entry has none. */
  platform: string | null;
};

export type EntryNode = EntryView & { attestations: EntryView[] };

function field<T>(value: unknown, name: string, type: "string" | "number"): T | null {
  const member = (value as Record<string, unknown> | null)?.[name];
  return typeof member === type ? (member as T) : null;
}

function platformText(value: unknown): string | null {
  const platform = (value as { platform?: unknown } | null)?.platform;
  if (typeof platform !== "object" || platform === null) return null;
  const { os, architecture } = platform as Partial<Platform>;
  if (typeof os !== "string" || typeof architecture !== "string") return "(malformed platform)";
  return formatPlatform(platform as Platform, { all: true });
}

function view(entry: unknown, position: number): EntryView {
  return {
    position,
    mediaType: field(entry, "mediaType", "string"),
    digest: field(entry, "digest", "string"),
    size: field(entry, "size", "number"),
    platform: platformText(entry),
  };
}

/** Manifests in index order, each with its attestations; attestations naming no entry of the index stay top-level. */
export function entryTree(manifests: readonly unknown[]): EntryNode[] {
  const nodes = manifests.map((entry, position) => ({
    ...view(entry, position),
    attestations: [] as EntryView[],
  }));
  const tree: EntryNode[] = [];
  manifests.forEach((entry, position) => {
    const node = nodes[position]!;
    const described = isAttestationEntry(entry)
      ? nodes.find((candidate) => candidate.digest !== null && candidate.digest === attestedDigest(entry))
      : undefined;
    if (described && described !== node) described.attestations.push(node);
    else tree.push(node);
  });
  return tree;
}
