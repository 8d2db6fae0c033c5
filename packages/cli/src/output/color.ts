/**
 * Terminal colours, decided once per run: `--color` / `--no-color` win, then NO_COLOR (any value turns
 * colour off, no-color.org), then whether the stream is a terminal.
 */
import type { Severity } from "@ocilens/core";

export type Paint = {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  ok(text: string): string;
};

export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream, env = process.env): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}

const SEVERITY_CODE: Record<Severity, number> = { error: 31, warning: 33, info: 36 };

export function paint(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return {
    severity: (severity, text) => wrap(SEVERITY_CODE[severity], 39)(text),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    ok: wrap(32, 39),
  };
}
