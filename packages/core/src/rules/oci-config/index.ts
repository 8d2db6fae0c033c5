/** Image config rules (R76–R86); those with format DC also run on Docker image configs. */
import type { Rule } from "../rule.js";
import { architectureRule } from "./architecture.js";
import { createdRule } from "./created.js";
import { diffIdsRule } from "./diff-ids.js";
import { envFormatRule } from "./env-format.js";
import { exposedPortsKeysRule } from "./exposed-ports-keys.js";
import { fieldTypesRule } from "./field-types.js";
import { nullOptionalRule } from "./null-optional.js";
import { osRule } from "./os.js";
import { reservedFieldsRule } from "./reserved-fields.js";
import { rootfsRule } from "./rootfs.js";
import { rootfsTypeRule } from "./rootfs-type.js";

export const ociConfigRules: readonly Rule[] = [
  architectureRule,
  osRule,
  rootfsRule,
  rootfsTypeRule,
  diffIdsRule,
  createdRule,
  fieldTypesRule,
  envFormatRule,
  nullOptionalRule,
  reservedFieldsRule,
  exposedPortsKeysRule,
];
