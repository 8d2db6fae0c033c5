/**
 * A progress bar on stderr for hashing that takes longer than a second. Only on a terminal: CI logs and
 * pipes get nothing, so reports stay clean.
 */
import type { HashPool } from "./pool.js";

const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 30;

export function showHashProgress(pool: HashPool, stream: NodeJS.WriteStream = process.stderr): () => void {
  if (!stream.isTTY) return () => {};
  let done = 0;
  let total = 0;
  let drawn = false;
  pool.onProgress((doneBytes, totalBytes) => {
    done = doneBytes;
    total = totalBytes;
  });
  const draw = () => {
    if (total === 0) return;
    const fraction = Math.min(1, done / total);
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
    stream.write(
      `\r\x1b[2Khashing ${bar} ${Math.floor(fraction * 100)}%  ${formatBytes(done)} / ${formatBytes(total)}`,
    );
    drawn = true;
  };
  let timer: NodeJS.Timeout | undefined;
  const start = setTimeout(() => {
    draw();
    timer = setInterval(draw, REDRAW_EVERY_MS);
    timer.unref();
  }, SHOW_AFTER_MS);
  start.unref();
  return () => {
    clearTimeout(start);
    if (timer) clearInterval(timer);
    if (drawn) stream.write("\r\x1b[2K");
    drawn = false;
  };
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
