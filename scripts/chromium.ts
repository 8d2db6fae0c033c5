/**
 * How every browser test starts Debian's Chromium (vitest browser mode and Playwright alike). The
 * background-networking flags matter here: without them Chromium keeps dialling Google's hosts, which this
 * machine's closed network refuses.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
