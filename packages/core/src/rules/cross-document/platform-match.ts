import type { Rule } from "../rule.js";
import type { JsonObject } from "../../json/node.js";
import { getMember, getString, isObject, memberOf } from "../../json/access.js";
import { descriptorsOf } from "../../documents/descriptors.js";
import type { DocumentModel } from "../../documents/model.js";
import { normalizePlatform } from "../../platforms/normalize.js";
import type { Platform } from "../../platforms/types.js";
import { appendMember, replaceValue } from "../edits.js";
import { missingMember } from "../oci-config/missing-member.js";
import { referencedDocument, referencedRoot } from "./referenced.js";

type PlatformField = "os" | "architecture" | "variant" | "os.version";
const FIELDS: readonly PlatformField[] = ["os", "architecture", "variant", "os.version"];

/** The platform members of an index entry's `platform` or of an image config, when os and architecture are strings. */
function platformOf(object: JsonObject): Platform | undefined {
  const os = getString(object, "os");
  const architecture = getString(object, "architecture");
  if (os === undefined || architecture === undefined) return undefined;
  const platform: Platform = { os, architecture };
  const variant = getString(object, "variant");
  if (variant !== undefined) platform.variant = variant;
  const osVersion = getString(object, "os.version");
  if (osVersion !== undefined) platform["os.version"] = osVersion;
  return platform;
}

/** The image config behind an index entry: entry → manifest (given) → its config descriptor → config (given). */
function configBehind(
  context: Parameters<Rule["check"]>[0],
  entry: JsonObject,
): { config: DocumentModel; root: JsonObject } | undefined {
  const manifestRoot = referencedRoot(context, entry);
  const configDescriptor = getMember(manifestRoot, "config");
  if (!isObject(configDescriptor)) return undefined;
  const config = referencedDocument(context, configDescriptor);
  const root = config?.root ?? undefined;
  return config && isObject(root) ? { config, root } : undefined;
}

export const platformMatchRule: Rule = {
  id: "R73",
  key: "xref.platform-match",
  severity: "warning",
  formats: ["OI", "DL", "OC"],
  kinds: ["oci-index", "docker-manifest-list"],
  summary: "An index entry's platform should agree with the referenced image's config.",
  docs:
    "Runtimes choose an entry of an index by its `platform`; the config of the image behind it records what " +
    "its binaries really are (`architecture`, `os`, `variant`, `os.version`). Nothing in the spec ties the two " +
    "together, so a mismatch silently installs the wrong architecture. When the manifest and its config are " +
    "given, ocilens compares them after containerd's normalisation (`arm64/v8` is `arm64`, `arm` is `arm/v7`, " +
    "`x86_64` is `amd64`), field by field; `os.version` is compared exactly. go-containerregistry's " +
    "`validate.Index` makes the same check but ignores `variant`. The fix writes the config's value into the " +
    "entry.",
  source:
    "go-containerregistry pkg/v1/validate/index.go validatePlatform; containerd core/images/image.go (config platform used when the descriptor has none)",
  check(context) {
    if (context.related.size === 0) return; // validated alone: there is no config to compare with
    for (const descriptor of descriptorsOf(context.document)) {
      if (descriptor.role !== "manifest") continue;
      const platformNode = getMember(descriptor.node, "platform");
      if (!isObject(platformNode)) continue;
      const entryPlatform = platformOf(platformNode);
      const behind = configBehind(context, descriptor.node);
      const configPlatform = behind && platformOf(behind.root);
      if (!entryPlatform || !behind || !configPlatform) continue;
      const normalizedEntry = normalizePlatform(entryPlatform);
      const normalizedConfig = normalizePlatform(configPlatform);
      for (const field of FIELDS) {
        if ((normalizedEntry[field] ?? "") === (normalizedConfig[field] ?? "")) continue;
        const configValue = configPlatform[field];
        const member = memberOf(platformNode, field);
        const entryText = member?.value.type === "string" ? `"${member.value.value}"` : "none";
        const message = `The entry's ${field} is ${entryText}, but the config of the image it references (${behind.config.digest}) says ${configValue === undefined ? "none" : `"${configValue}"`}.`;
        const fixText = configValue === undefined ? undefined : JSON.stringify(configValue);
        const edit =
          fixText === undefined
            ? undefined
            : member
              ? replaceValue(member.value, fixText)
              : appendMember(context.document.text, platformNode, field, fixText);
        const fix = edit && { title: `Use the config's ${field} ${fixText}`, edits: [edit] };
        const where = member ? { node: member.value, message } : missingMember(platformNode, field, message);
        context.report({ ...where, ...(fix ? { fix } : {}) });
      }
    }
  },
};
