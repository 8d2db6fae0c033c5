/** Exit codes shared by every command (contract §3). */
export const EXIT = {
  ok: 0,
  /** The input has errors, or nothing matched. */
  findings: 1,
  /** Usage error or unreadable input. */
  usage: 2,
} as const;

/** An error the user can fix: printed as one line, never with a stack trace. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
}
