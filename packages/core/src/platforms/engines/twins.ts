/**
 * Twins: entries an engine cannot tell apart when it picks for one request. A first-of-the-best scan never takes
 * a later twin, so coverage scans only the first of each; for an index of thousands of Windows builds, engines
 * that look only at the build number (or not at os.version at all) then see a handful of entries per host.
 */
import type { IndexEntry } from "../entries.js";

/** `kind` names the grouping, so that the hosts of one coverage run that group alike share the shortened list. */
export type Twins = { kind: string; key: (entry: IndexEntry) => number };

/** Same platform apart from os.version: for engines that ignore os.version. */
export const TWINS_BY_BASE: Twins = { kind: "base", key: (entry) => entry.baseId };

/** Same platform apart from os.version, and the same compression: for containers-image's zstd preference. */
export const TWINS_BY_BASE_AND_ZSTD: Twins = {
  kind: "base+zstd",
  key: (entry) => entry.baseId * 2 + (entry.zstd ? 1 : 0),
};

/** More distinct platforms than any real index has; keys stay exact integers below it. */
const BASE_SPAN = 2 ** 20;

/**
 * Same platform apart from os.version, and the same major.minor.build (the revision aside): for containerd's
 * matchers, which rank by ladder step and features and check only the build.
 */
export const TWINS_BY_BUILD: Twins = {
  kind: "build",
  key: (entry) =>
    entry.baseId < BASE_SPAN ? (entry.windowsVersion + 1) * BASE_SPAN + entry.baseId : -1 - entry.platformId,
};
