/**
 * The registry options (declared in registry-flags.ts) turned into a client pool, and the one place registry
 * failures become exit codes and one-line messages.
 */
import { UsageError } from "../io/exit.js";
import { createClientPool, type ClientOptions } from "./client.js";
import { RegistryError } from "./errors.js";
import type { RegistryCliOptions } from "./registry-flags.js";

function positiveNumber(value: string, name: string, integer: boolean): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || (integer && !Number.isInteger(parsed))) {
    throw new UsageError(
      `${name} must be a ${integer ? "non-negative integer" : "non-negative number"}, got "${value}"`,
    );
  }
  return parsed;
}

export function clientPoolFrom(options: RegistryCliOptions): ReturnType<typeof createClientPool> {
  const clientOptions: ClientOptions = {
    plainHttp: options.plainHttp ?? false,
    transport: {
      timeoutMs: positiveNumber(options.timeout, "--timeout", false) * 1000,
      retries: positiveNumber(options.retries, "--retries", true),
      insecure: options.insecure ?? false,
    },
  };
  return createClientPool(clientOptions);
}

/** Runs a command body; a RegistryError becomes one line on stderr and its exit code. */
export async function reportingRegistryErrors(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    process.stderr.write(`ocilens: ${error.message}\n`);
    process.exitCode = error.exitCode;
  }
}
