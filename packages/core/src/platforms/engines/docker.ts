/**
 * `docker`: Docker Engine pulls with the containerd image store. The requested platform goes to containerd's
 * `Only` unchanged; without one, the host platform is containerd's DefaultSpec plus, on amd64, the CPU's
 * microarchitecture level (so a v3 server takes amd64/v3 images, which plain containerd never does).
 * Explanations say where the classic graphdriver store or `docker run` would decide differently.
 */
import { containerdMatcher } from "../containerd-match.js";
import { normalizePlatform } from "../normalize.js";
import type { Platform } from "../types.js";
import { containerdDefaultSpec, containerdPullJudge } from "./containerd-pull.js";
import { defineEngine } from "./engine.js";
import { TWINS_BY_BUILD } from "./twins.js";

/** moby's hostPlatformSpec: containerd's DefaultSpec, with the amd64 level from CPUID. */
function dockerHostPlatform(machine: Platform): Platform {
  const spec = containerdDefaultSpec(machine);
  const normalized = normalizePlatform(machine);
  if (normalized.architecture === "amd64" && normalized.variant) spec.variant = normalized.variant;
  return spec;
}

function graphdriverNote(host: Platform): (candidate: Platform, matches: boolean) => string {
  const h = normalizePlatform(host);
  return (candidate, matches) => {
    const c = normalizePlatform(candidate, { defaultOs: h.os });
    if (h.os === "windows" && c.os === "windows") {
      return " (the classic graphdriver store would differ: exact architecture, no build newer than the host's, the host's own build first)";
    }
    if (!matches && !candidate.variant && c.os === h.os && c.architecture === h.architecture) {
      return " (a local image like this would still run with `docker run --platform`, which accepts an entry without a variant on OS and architecture alone)";
    }
    return "";
  };
}

export const dockerEngine = defineEngine({
  id: "docker",
  emulates: "Docker Engine pull with the containerd image store",
  request: dockerHostPlatform,
  match: (host, candidate) => containerdMatcher(host, "only").explain(candidate).matches,
  compare: (host, a, b) => containerdMatcher(host, "only").compare(a, b),
  judge: (view, host, opts) => {
    const request = opts.implicit ? dockerHostPlatform(host) : host;
    return containerdPullJudge(view, request, "only", graphdriverNote(request));
  },
  twins: () => TWINS_BY_BUILD,
  attestationNote: "Docker fetches it alongside the manifest it describes",
});
