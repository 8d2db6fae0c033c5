/**
 * The values a front end offers as choices of its options, reachable without the rest of the core: the
 * command line declares its options from these at start-up and loads the validator only when a command runs.
 */
export { KINDS } from "./report.js";
export { DIGEST_ALGORITHMS } from "./bytes/digest.js";
export { ENGINE_IDS } from "./platforms/types.js";
