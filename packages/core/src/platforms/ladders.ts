/**
 * containerd's fallback ladders (`platformVector` in compare.go): which platforms `platforms.Only(host)` accepts,
 * best first. Every step is a normalized [architecture, variant] pair on the host's OS.
 */

export type Step = readonly [architecture: string, variant: string];

/** The arm64 variants containerd's table knows (v8.0–v8.9 and v9.0–v9.5, as Go's GOARM64 does); any other matches nothing. */
export const ARM64_KNOWN_VARIANTS: ReadonlySet<string> = new Set([
  "",
  ...Array.from({ length: 9 }, (_, i) => `v8.${i + 1}`),
  "v9",
  ...Array.from({ length: 5 }, (_, i) => `v9.${i + 1}`),
]);

/** The numeric level of `vN` (arm, amd64), or null for anything else. */
export function variantLevel(variant: string): number | null {
  const match = /^v?([0-9]+)$/.exec(variant);
  return match ? Number(match[1]) : null;
}

function armLadder(variant: string): Step[] {
  const level = variantLevel(variant);
  const steps: Step[] = [["arm", variant]];
  if (level !== null && level > 5) for (let n = level - 1; n >= 5; n--) steps.push(["arm", `v${n}`]);
  return steps;
}

/** `v8` → "" (canonical), `v8.3`, `v9` (canonical for v9.0), `v9.2`. */
function arm64Variant(major: number, minor: number): string {
  if (minor === 0) return major === 8 ? "" : `v${major}`;
  return `v${major}.${minor}`;
}

function arm64Ladder(variant: string): Step[] {
  if (!ARM64_KNOWN_VARIANTS.has(variant)) return [];
  const [major, minor] =
    variant === "" ? [8, 0] : (variant.slice(1).split(".").map(Number).concat(0) as [number, number]);
  const steps: Step[] = [];
  for (let m = minor; m >= 0; m--) steps.push(["arm64", arm64Variant(major, m)]);
  if (major === 9)
    for (let m = Math.min(minor + 5, 9); m >= 0; m--) steps.push(["arm64", arm64Variant(8, m)]);
  return [...steps, ...armLadder("v8")];
}

function amd64Ladder(variant: string): Step[] {
  const level = variantLevel(variant);
  const steps: Step[] = [["amd64", variant]];
  if (level !== null && level > 1)
    for (let n = level - 1; n >= 1; n--) steps.push(["amd64", n === 1 ? "" : `v${n}`]);
  return [...steps, ["386", ""]];
}

/** `Only(host)`'s ladder for a normalized architecture and variant; empty when containerd accepts nothing. */
export function containerdLadder(architecture: string, variant: string): Step[] {
  switch (architecture) {
    case "amd64":
      return amd64Ladder(variant);
    case "arm":
      return armLadder(variant);
    case "arm64":
      return arm64Ladder(variant);
    default:
      return [[architecture, variant]];
  }
}

export function formatStep([architecture, variant]: Step): string {
  return variant === "" ? architecture : `${architecture}/${variant}`;
}
