/**
 * The members each format defines, and where in a document each set applies. R6 (unknown fields: accept,
 * report as info) and R7 (names that differ from a defined field only in letter case, which Go binds to the
 * field) both read this table.
 */
import type { Kind } from "../report.js";
import { getMember, isObject } from "../json/access.js";
import type { JsonObject } from "../json/node.js";
import { descriptorsOf } from "./descriptors.js";
import { memoizedByDocument } from "./memo.js";
import type { DocumentModel } from "./model.js";

const DESCRIPTOR_FIELDS = [
  "mediaType",
  "digest",
  "size",
  "urls",
  "annotations",
  "data",
  "artifactType",
  "platform",
];
const PLATFORM_FIELDS = ["architecture", "os", "os.version", "os.features", "variant", "features"];
const OCI_CONFIG_FIELDS = [
  "created",
  "author",
  "architecture",
  "os",
  "os.version",
  "os.features",
  "variant",
  "config",
  "rootfs",
  "history",
];
const IMAGE_CONFIG_FIELDS = [
  "User",
  "ExposedPorts",
  "Env",
  "Entrypoint",
  "Cmd",
  "Volumes",
  "WorkingDir",
  "Labels",
  "StopSignal",
  "ArgsEscaped",
  "Memory",
  "MemorySwap",
  "CpuShares",
  "Healthcheck",
];

/** Top-level members per kind. Docker configs are left out: their many Docker-only members are R104's. */
const TOP_LEVEL_FIELDS: Partial<Record<Kind, readonly string[]>> = {
  "oci-manifest": [
    "schemaVersion",
    "mediaType",
    "artifactType",
    "config",
    "layers",
    "subject",
    "annotations",
  ],
  "oci-index": ["schemaVersion", "mediaType", "artifactType", "manifests", "subject", "annotations"],
  "docker-manifest": ["schemaVersion", "mediaType", "config", "layers"],
  "docker-manifest-list": ["schemaVersion", "mediaType", "manifests"],
  "oci-config": OCI_CONFIG_FIELDS,
  "oci-layout-header": ["imageLayoutVersion"],
};

export type DefinedObject = {
  node: JsonObject;
  /** What the object is, for messages: "oci-manifest", "descriptor", "platform", "image config". */
  what: string;
  fields: readonly string[];
};

/** Every object of the document whose members the formats define (annotation maps and the like excluded). */
export const definedObjectsOf: (document: DocumentModel) => readonly DefinedObject[] = memoizedByDocument(
  (document: DocumentModel): DefinedObject[] => {
    const root = document.root;
    if (!isObject(root)) return [];
    const found: DefinedObject[] = [];
    const topLevel = TOP_LEVEL_FIELDS[document.kind];
    if (topLevel && document.kind !== "oci-descriptor")
      found.push({ node: root, what: document.kind, fields: topLevel });
    for (const descriptor of descriptorsOf(document)) {
      found.push({ node: descriptor.node, what: "descriptor", fields: DESCRIPTOR_FIELDS });
      const platform = getMember(descriptor.node, "platform");
      if (isObject(platform)) found.push({ node: platform, what: "platform", fields: PLATFORM_FIELDS });
    }
    if (document.kind === "oci-config") {
      const config = getMember(root, "config");
      if (isObject(config)) found.push({ node: config, what: "image config", fields: IMAGE_CONFIG_FIELDS });
    }
    return found;
  },
);

/** Each field list by lower-cased name, built once per list (the lists are module constants). */
const lowerCaseIndexes = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** The defined field a member name matches except for letter case, if any (never an exact match). */
export function caseVariantField(name: string, fields: readonly string[]): string | undefined {
  if (fields.includes(name)) return undefined;
  let index = lowerCaseIndexes.get(fields);
  if (!index) {
    index = new Map(fields.map((field) => [field.toLowerCase(), field]));
    lowerCaseIndexes.set(fields, index);
  }
  return index.get(name.toLowerCase());
}
