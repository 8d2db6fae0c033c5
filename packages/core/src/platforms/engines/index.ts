/** Every engine by id; the order is the order of the contract's table. */
import type { EngineId } from "../types.js";
import { containerdStrictEngine } from "./containerd-strict.js";
import { containerdEngine } from "./containerd.js";
import { containersImageEngine } from "./containers-image.js";
import { dockerEngine } from "./docker.js";
import type { Engine } from "./engine.js";
import { ggcrEngine } from "./ggcr.js";
import { regclientEngine } from "./regclient.js";

export const ENGINES: Readonly<Record<EngineId, Engine>> = {
  containerd: containerdEngine,
  "containerd-strict": containerdStrictEngine,
  docker: dockerEngine,
  "containers-image": containersImageEngine,
  ggcr: ggcrEngine,
  regclient: regclientEngine,
};
