/** Digests (R8–R13). */
import type { Rule } from "../rule.js";
import { blake3 } from "./blake3.js";
import { grammar } from "./grammar.js";
import { nonSha256 } from "./non-sha256.js";
import { sha256 } from "./sha256.js";
import { sha512 } from "./sha512.js";
import { unregistered } from "./unregistered.js";

export const digestRules: readonly Rule[] = [grammar, sha256, sha512, blake3, unregistered, nonSha256];
