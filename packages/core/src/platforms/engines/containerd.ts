/**
 * `containerd`: containerd's `client.Pull` with `platforms.Only(host)` — the fallback ladders (amd64 vN → … → v1
 * → 386, arm64 v9.x → v8.x → arm/v8…v5, arm vN → … → v5), the Windows build window and os.features ⊆ host.
 * nerdctl, BuildKit and Docker with the containerd store (for an explicit platform) behave the same.
 */
import { containerdMatcher } from "../containerd-match.js";
import { containerdDefaultSpec, containerdPullJudge, defaultMode } from "./containerd-pull.js";
import { defineEngine } from "./engine.js";
import { NEWEST_OF_BUILD, TWINS_BY_BUILD } from "./twins.js";

export const containerdEngine = defineEngine({
  id: "containerd",
  emulates: "containerd client.Pull with platforms.Only (nerdctl, BuildKit, Docker's containerd store)",
  request: containerdDefaultSpec,
  match: (host, candidate) => containerdMatcher(host, "only").explain(candidate).matches,
  compare: (host, a, b) => containerdMatcher(host, "only").compare(a, b),
  judge: (view, host, opts) =>
    opts.implicit
      ? containerdPullJudge(view, containerdDefaultSpec(host), defaultMode(host))
      : containerdPullJudge(view, host, "only"),
  // Windows' Default() ranks by the whole os.version, revision included; every other matcher only by the build.
  twins: (host, opts) =>
    opts.implicit && defaultMode(host) === "windows-default" ? NEWEST_OF_BUILD : TWINS_BY_BUILD,
});
