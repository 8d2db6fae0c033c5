/**
 * Twins: entries an engine cannot tell apart when it picks for one request. A first-of-the-best scan never takes
 * a later twin, so coverage scans only the first of each; for an index of thousands of Windows builds, engines
 * that look only at the build number (or not at os.version at all) then see a handful of entries per host.
 */
import { IS_ZSTD, windowsVersionOf, type IndexView } from "../entries.js";
import { compareOsVersionStringsDescending } from "../windows.js";

/**
 * `kind` names the grouping, so that the hosts of one coverage run that group alike share the shortened list;
 * `key` gives the group of the entry at a position. A group is represented by its first entry, or with
 * `prefers` by the first of the entries the engine likes best: `prefers(view, later, earlier)` says whether it
 * strictly prefers the later entry of two in one group (entries that the engine accepts or refuses together, and
 * ranks among themselves by a strict weak order).
 */
export type Twins = {
  kind: string;
  key: (view: IndexView, entry: number) => number;
  prefers?: (view: IndexView, later: number, earlier: number) => boolean;
};

const baseIdOf = (view: IndexView, entry: number) => view.baseIds[view.platformIds[entry]!]!;

/** Same platform apart from os.version: for engines that ignore os.version. */
export const TWINS_BY_BASE: Twins = { kind: "base", key: baseIdOf };

/** Same platform apart from os.version, and the same compression: for containers-image's zstd preference. */
export const TWINS_BY_BASE_AND_ZSTD: Twins = {
  kind: "base+zstd",
  key: (view, entry) => baseIdOf(view, entry) * 2 + ((view.flags[entry]! & IS_ZSTD) !== 0 ? 1 : 0),
};

/** More distinct platforms than any real index has; keys stay exact integers below it. */
const BASE_SPAN = 2 ** 20;

/**
 * Same platform apart from os.version, and the same major.minor.build (the revision aside): for containerd's
 * matchers, which rank by ladder step and features and check only the build.
 */
export const TWINS_BY_BUILD: Twins = {
  kind: "build",
  key: (view, entry) => {
    const platformId = view.platformIds[entry]!;
    const baseId = view.baseIds[platformId]!;
    return baseId < BASE_SPAN
      ? (windowsVersionOf(view, platformId) + 1) * BASE_SPAN + baseId
      : -1 - platformId;
  },
};

/**
 * The same groups, each represented by the entry with the greatest os.version as text: for Windows' Default(),
 * which accepts or refuses a build as a whole and ranks matches by os.version compared as strings, descending.
 * Its three machines then scan a handful of entries rather than every revision of their builds.
 */
export const NEWEST_OF_BUILD: Twins = {
  kind: "build, newest os.version",
  key: TWINS_BY_BUILD.key,
  prefers: (view, later, earlier) =>
    compareOsVersionStringsDescending(
      view.osVersions[view.platformIds[later]!],
      view.osVersions[view.platformIds[earlier]!],
    ) < 0,
};
