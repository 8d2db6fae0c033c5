import type { Rule, RuleContext } from "../rule.js";
import type { JsonObject } from "../../json/node.js";
import { getMember, getString, isArray, isObject } from "../../json/access.js";
import { MEDIA_TYPES } from "../../documents/media-types.js";
import { referencedRoot } from "./referenced.js";

const IMAGE_CONFIG_TYPES: readonly string[] = [MEDIA_TYPES.ociConfig, MEDIA_TYPES.dockerConfig];

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** `rootfs.diff_ids` of a config, when it is an array. */
function diffIds(config: JsonObject) {
  const ids = getMember(getMember(config, "rootfs"), "diff_ids");
  return isArray(ids) ? ids : undefined;
}

/** Manifest side: `layers` against the diff_ids of the config it references, when that config was given. */
function checkManifest(context: RuleContext, root: JsonObject): void {
  const layers = getMember(root, "layers");
  const configDescriptor = getMember(root, "config");
  if (!isArray(layers) || !isObject(configDescriptor)) return;
  const configType = getString(configDescriptor, "mediaType");
  if (configType === undefined || !IMAGE_CONFIG_TYPES.includes(configType)) return;
  const config = referencedRoot(context, configDescriptor);
  const ids = config && diffIds(config);
  if (!ids || ids.items.length === layers.items.length) return;
  context.report({
    node: layers,
    message: `The manifest lists ${plural(layers.items.length, "layer")}, but its config's rootfs.diff_ids lists ${plural(ids.items.length, "layer")}.`,
  });
}

/** A history entry stands for a layer unless it says `"empty_layer": true`. */
function createsLayer(entry: JsonObject): boolean {
  const flag = getMember(entry, "empty_layer");
  return !(flag?.type === "boolean" && flag.value);
}

/** Config side: history entries that create a layer (not `empty_layer`) against diff_ids. */
function checkConfig(context: RuleContext, root: JsonObject): void {
  const history = getMember(root, "history");
  const ids = diffIds(root);
  if (!isArray(history) || history.items.length === 0 || !ids) return;
  const layerEntries = history.items.filter((entry) => isObject(entry) && createsLayer(entry)).length;
  if (layerEntries === ids.items.length) return;
  context.report({
    node: history,
    message: `history has ${layerEntries} ${layerEntries === 1 ? "entry that creates" : "entries that create"} a layer (not marked empty_layer), but rootfs.diff_ids lists ${plural(ids.items.length, "layer")}.`,
  });
}

export const layerCountRule: Rule = {
  id: "R74",
  key: "xref.layer-count",
  severity: "warning",
  formats: ["OM", "OC"],
  kinds: ["oci-manifest", "docker-manifest", "oci-config", "docker-config"],
  summary: "An image's layer count should equal `len(rootfs.diff_ids)` and its non-empty history entries.",
  docs:
    "An image's layers are described three times: as descriptors in the manifest's `layers`, as uncompressed " +
    "digests in the config's `rootfs.diff_ids` (same order), and as `history` entries, where each entry not " +
    "marked `empty_layer` stands for one layer. For an image (config type `application/vnd.oci.image.config.v1+json` " +
    "or the Docker config type) the counts should agree; when they do not, tools that pair layers with their " +
    "diff_ids or history (go-containerregistry's `validate.Image`, `docker history`) misattribute or fail. " +
    "The history count is checked on the config alone; the manifest count when the config is given with it.",
  source:
    "image-spec config.md § rootfs and § history; manifest.md § layers; go-containerregistry pkg/v1/validate/image.go validateLayers",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    if (context.document.kind === "oci-config" || context.document.kind === "docker-config")
      checkConfig(context, root);
    else checkManifest(context, root);
  },
};
