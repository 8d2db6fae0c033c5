/**
 * Windows container compatibility as containerd/platforms v1.0.0-rc.5 decides it (`platform_windows_compat.go`):
 * a host below Windows Server 2022 runs only its own build; from 2022 on, a host runs every build from the
 * LTSC floor up to its own, never a newer one. The revision (4th part) never matters here.
 */

export type WindowsVersion = { major: number; minor: number; build: number };

/** Long-term servicing builds whose containers later hosts keep running (stable ABI), ascending. */
export const WINDOWS_LTSC_BUILDS: ReadonlyArray<{ build: number; name: string }> = [
  { build: 20348, name: "Windows Server 2022" },
  { build: 26100, name: "Windows Server 2025" },
];
/** The first build with the stable ABI; below it, host and container builds must be equal. */
export const FIRST_STABLE_ABI_BUILD = 20348;

/** Well-known builds, for explanations. */
const BUILD_NAMES: ReadonlyMap<number, string> = new Map([
  [17763, "Windows Server 2019"],
  [20348, "Windows Server 2022"],
  [26100, "Windows Server 2025"],
]);

export function windowsBuildName(build: number): string {
  const name = BUILD_NAMES.get(build);
  return name ? `${build} (${name})` : String(build);
}

const LIMITS = [255, 255, 65535] as const;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

/** What scanVersion gives for text that is not a Windows version. */
const NOT_A_VERSION = -2;

/**
 * containerd's `getWindowsOSVersion`, packed (see packWindowsVersion): `major.minor.build[.anything]`, with major
 * and minor in 0..255 and build in 0..65535; NOT_A_VERSION for anything else. Scanned by hand, with nothing
 * allocated: it runs once per distinct version of an index, thousands of times for Windows images.
 */
function scanVersion(text: string): number {
  let packed = 0;
  let i = 0;
  for (let part = 0; part < 3; part++) {
    const start = i;
    let value = 0;
    for (let c = text.charCodeAt(i); c >= ZERO && c <= NINE; c = text.charCodeAt(++i)) {
      value = value * 10 + (c - ZERO);
      if (value > (LIMITS[part] ?? 0)) return NOT_A_VERSION;
    }
    if (i === start) return NOT_A_VERSION;
    packed = packed * (part === 2 ? 0x10000 : 0x100) + value;
    // major and minor end at a dot; the build ends at a dot or at the end.
    if (i < text.length && text.charCodeAt(i) !== DOT) return NOT_A_VERSION;
    if (part < 2) {
      if (i >= text.length) return NOT_A_VERSION;
      i++;
    }
  }
  return packed;
}

/** containerd's `getWindowsOSVersion`: null for anything but a usable version (containerd's zero version). */
export function parseWindowsVersion(text: string | undefined): WindowsVersion | null {
  const packed = text ? scanVersion(text) : NOT_A_VERSION;
  if (packed === NOT_A_VERSION) return null;
  return unpack(packed);
}

/** The builds a host accepts, [floor, host build]; for hosts below 20348 the window is the host build alone. */
export function windowsBuildWindow(host: WindowsVersion): { floor: number; ceiling: number } {
  if (host.build < FIRST_STABLE_ABI_BUILD) return { floor: host.build, ceiling: host.build };
  // rc.5: the LTSC before the largest LTSC at or below the host, or the first LTSC itself.
  let index = 0;
  WINDOWS_LTSC_BUILDS.forEach((ltsc, i) => {
    if (host.build >= ltsc.build) index = i;
  });
  const floor = WINDOWS_LTSC_BUILDS[Math.max(0, index - 1)]?.build ?? FIRST_STABLE_ABI_BUILD;
  return { floor, ceiling: host.build };
}

function isZero(version: WindowsVersion | null): boolean {
  return !version || (version.major === 0 && version.minor === 0 && version.build === 0);
}

/**
 * An os.version packed into one number, major·2²⁴ + minor·2¹⁶ + build, so that an entry carries its parsed build
 * without an object and a host's window is one range check. An absent or empty version is NO_OS_VERSION; one
 * that does not parse packs as 0, which is how containerd reads it (0.0.0).
 */
export const NO_OS_VERSION = -1;

const pack = (major: number, minor: number, build: number) => major * 0x1000000 + minor * 0x10000 + build;
/** The parts of a version `pack` packed. */
const unpack = (packed: number): WindowsVersion => ({
  major: Math.floor(packed / 0x1000000),
  minor: (packed >>> 16) & 0xff,
  build: packed & 0xffff,
});

/** A packed version written back as major.minor.build. */
export function formatPackedBuild(packed: number): string {
  const { major, minor, build } = unpack(packed);
  return `${major}.${minor}.${build}`;
}

export function packWindowsVersion(text: string | undefined): number {
  if (!text) return NO_OS_VERSION;
  const packed = scanVersion(text);
  return packed === NOT_A_VERSION ? 0 : packed;
}

/** The packed versions a host accepts, or null when it gives no usable version and so accepts every build. */
export type PackedWindow = { lowest: number; highest: number } | null;

export function packedWindowsWindow(host: WindowsVersion | null): PackedWindow {
  if (!host || isZero(host)) return null;
  // Equal major.minor and a build within the window: one range, as the build is below 2¹⁶.
  const { floor, ceiling } = windowsBuildWindow(host);
  return { lowest: pack(host.major, host.minor, floor), highest: pack(host.major, host.minor, ceiling) };
}

/** containerd's check for a packed candidate version: an entry without one is accepted on any build. */
export function acceptsPackedWindowsVersion(window: PackedWindow, candidate: number): boolean {
  return (
    window === null ||
    candidate === NO_OS_VERSION ||
    (candidate >= window.lowest && candidate <= window.highest)
  );
}

/**
 * The sentence for containerd's check of a candidate's os.version (given as written and packed) on a host whose
 * version was parsed once, with its window (packedWindowsWindow).
 */
export function explainWindowsVersion(
  host: WindowsVersion | null,
  window: PackedWindow,
  candidateText: string | undefined,
  candidatePacked: number,
): string {
  if (!host || window === null) return "the host gives no usable os.version, so every build is accepted";
  if (!candidateText) return "the entry gives no os.version, so it is accepted on any build";
  const { major, minor, build } = unpack(candidatePacked);
  if (major !== host.major || minor !== host.minor) {
    return `os.version ${candidateText} is Windows ${major}.${minor}, the host is ${host.major}.${host.minor}`;
  }
  const { floor, ceiling } = windowsBuildWindow(host);
  if (acceptsPackedWindowsVersion(window, candidatePacked)) {
    return floor === ceiling
      ? `build ${windowsBuildName(build)} equals the host build`
      : `build ${windowsBuildName(build)} is within the host's window ${floor}–${ceiling}`;
  }
  const runs =
    floor === ceiling
      ? `a host below ${FIRST_STABLE_ABI_BUILD} runs only its own build ${windowsBuildName(host.build)}`
      : `the host runs builds ${floor}–${ceiling} (${build > ceiling ? "never a newer build than its own" : "from the LTSC floor up"})`;
  return `build ${windowsBuildName(build)} cannot run there: ${runs}`;
}

/**
 * Whether explainWindowsVersion says the same for every os.version that packs to `candidatePacked`: it names the
 * version as written only when its major.minor differ from the host's (or when it has none), and otherwise only
 * the build, so the revisions of one build can share one sentence.
 */
export function explainsBuildOnly(host: WindowsVersion | null, candidatePacked: number): boolean {
  if (host === null || candidatePacked < 0) return false;
  const { major, minor } = unpack(candidatePacked);
  return major === host.major && minor === host.minor;
}

/** containerd's Windows Default() ranking of two matches: os.version compared as strings, descending. */
export function compareOsVersionStringsDescending(a: string | undefined, b: string | undefined): number {
  const left = a ?? "";
  const right = b ?? "";
  return left === right ? 0 : left > right ? -1 : 1;
}

/** The radixes of a four-part version packed by packDottedVersion: 8 + 8 + 16 + 21 bits, one exact number. */
const DOTTED_RADIXES = [256, 256, 65536, 2 ** 21] as const;
/** What a packDottedVersion value is divided by to leave its first three parts. */
export const DOTTED_REVISION_RADIX = DOTTED_RADIXES[3];

/**
 * A version of exactly four all-digit parts below DOTTED_RADIXES without leading zeros (every Windows build with
 * its revision) packed into one number, so that comparing two packed values compares the versions part by part as
 * numbers, and two packed values are equal exactly where the texts are; NaN for anything else. regclient sorts
 * and scans thousands of Windows builds by these numbers instead of parsing or comparing texts each time.
 */
export function packDottedVersion(version: string): number {
  let packed = 0;
  let part = 0;
  let start = 0;
  let value = 0;
  const end = version.length;
  for (let i = 0; i < end; i++) {
    const c = version.charCodeAt(i);
    if (c === DOT) {
      const last = part === DOTTED_RADIXES.length - 1;
      if (last || !fitsPart(version, start, i, value, DOTTED_RADIXES[part]!)) return Number.NaN;
      packed = packed * DOTTED_RADIXES[part]! + value;
      part++;
      value = 0;
      start = i + 1;
    } else {
      const digit = c - ZERO;
      if (digit < 0 || digit > 9) return Number.NaN;
      value = value * 10 + digit;
    }
  }
  const radix = DOTTED_RADIXES[part]!;
  if (part !== DOTTED_RADIXES.length - 1 || !fitsPart(version, start, end, value, radix)) return Number.NaN;
  return packed * radix + value;
}

/**
 * Whether the digits of `version` from `start` to `end`, worth `value`, make a part of packDottedVersion: not
 * empty, below `radix`, no leading zero. Checked where a part ends rather than at every digit.
 */
const fitsPart = (version: string, start: number, end: number, value: number, radix: number) =>
  end > start && value < radix && (end - start === 1 || version.charCodeAt(start) !== ZERO);
