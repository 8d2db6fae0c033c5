/**
 * System packages the tests need that npm cannot provide: Debian's Chromium (every browser test),
 * docker-registry (registry tests against the real distribution registry) and skopeo (the reference that
 * bench/inspect measures against). As root they are installed with apt; otherwise the exact command to run
 * is returned.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PACKAGES = [
  { name: "chromium", binary: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  { name: "docker-registry", binary: "/usr/bin/docker-registry" },
  { name: "skopeo", binary: "/usr/bin/skopeo" },
];

export function ensureSystemDependencies() {
  const missing = PACKAGES.filter((pkg) => !existsSync(pkg.binary)).map((pkg) => pkg.name);
  if (missing.length === 0) return { ok: true };
  const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) return { ok: false, message: `Missing ${missing.join(", ")}. Run as root:\n  ${command}` };
  process.stderr.write(`Installing ${missing.join(", ")} with apt-get…\n`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", ...missing], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return install.status === 0 ? { ok: true } : { ok: false, message: `apt-get failed; run:\n  ${command}` };
}
