/**
 * Registry tests start real servers and spawn the CLI many times; on a loaded CI machine one step can take
 * several seconds. Generous per-file limits keep them from failing on time alone (the tests assert no timing).
 */
import { vi } from "vitest";

export function allowRegistryTime(): void {
  vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });
}
