/**
 * `containerd-strict`: containerd with `platforms.OnlyStrict(host)` (ctr's transfer pulls, `Fetch`, docker
 * inspect/push/delete with --platform): the normalized platform only, no ladder; the Windows build window and the
 * os.features rule still apply.
 */
import { containerdMatcher } from "../containerd-match.js";
import { containerdDefaultSpec, containerdPullJudge } from "./containerd-pull.js";
import { defineEngine } from "./engine.js";
import { TWINS_BY_BUILD } from "./twins.js";

export const containerdStrictEngine = defineEngine({
  id: "containerd-strict",
  emulates: "containerd platforms.OnlyStrict (exact normalized match)",
  request: containerdDefaultSpec,
  match: (host, candidate) => containerdMatcher(host, "strict").explain(candidate).matches,
  compare: (host, a, b) => containerdMatcher(host, "strict").compare(a, b),
  judge: (view, host, opts) =>
    containerdPullJudge(view, opts.implicit ? containerdDefaultSpec(host) : host, "strict"),
  twins: () => TWINS_BY_BUILD,
});
