/**
 * The members each format defines, and where in a document each set applies. R6 (unknown fields: accept,
 * report as info) and R7 (names that differ from a defined field only in letter case, which Go binds to the
 * field) both read this table.
 */
import type { Kind } from "../report.js";
import { getMember, isObject } from "../json/access.js";
import type { JsonMember, JsonObject } from "../json/node.js";
import { descriptorsOf } from "./descriptors.js";
import { memoizedByDocument } from "./memo.js";
import type { DocumentModel } from "./model.js";

/** A format's field names, for exact lookups and for lookups ignoring letter case (Go's binding). */
type FieldIndex = { exact: ReadonlySet<string>; byLowerCase: ReadonlyMap<string, string> };

function fieldIndex(fields: readonly string[]): FieldIndex {
  return {
    exact: new Set(fields),
    byLowerCase: new Map(fields.map((field) => [field.toLowerCase(), field])),
  };
}

const DESCRIPTOR_FIELDS = fieldIndex([
  "mediaType",
  "digest",
  "size",
  "urls",
  "annotations",
  "data",
  "artifactType",
  "platform",
]);
const PLATFORM_FIELDS = fieldIndex([
  "architecture",
  "os",
  "os.version",
  "os.features",
  "variant",
  "features",
]);
const OCI_CONFIG_FIELDS = fieldIndex([
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
]);
const IMAGE_CONFIG_FIELDS = fieldIndex([
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
]);

/** Top-level members per kind. Docker configs are left out: their many Docker-only members are R104's. */
const TOP_LEVEL_FIELDS: Partial<Record<Kind, FieldIndex>> = {
  "oci-manifest": fieldIndex([
    "schemaVersion",
    "mediaType",
    "artifactType",
    "config",
    "layers",
    "subject",
    "annotations",
  ]),
  "oci-index": fieldIndex([
    "schemaVersion",
    "mediaType",
    "artifactType",
    "manifests",
    "subject",
    "annotations",
  ]),
  "docker-manifest": fieldIndex(["schemaVersion", "mediaType", "config", "layers"]),
  "docker-manifest-list": fieldIndex(["schemaVersion", "mediaType", "manifests"]),
  "oci-config": OCI_CONFIG_FIELDS,
  "oci-layout-header": fieldIndex(["imageLayoutVersion"]),
};

export type DefinedObject = {
  node: JsonObject;
  /** What the object is, for messages: "oci-manifest", "descriptor", "platform", "image config". */
  what: string;
  fields: FieldIndex;
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

/** A member of a defined object that is not one of its fields, and the field it matches except for case. */
export type UndefinedMember = {
  object: DefinedObject;
  member: JsonMember;
  caseVariantOf: string | undefined;
};

/**
 * The members of every defined object that are not among its fields (R6 reports those that match no field,
 * R7 those that match one except for letter case), each name once: a repetition is json.duplicate-keys'.
 */
export const undefinedMembersOf: (document: DocumentModel) => readonly UndefinedMember[] = memoizedByDocument(
  (document) => {
    const found: UndefinedMember[] = [];
    for (const object of definedObjectsOf(document)) {
      const { members } = object.node;
      const { fields } = object;
      for (let index = 0; index < members.length; index++) {
        const member = members[index]!;
        if (fields.exact.has(member.name) || repeatsEarlier(members, index)) continue;
        found.push({ object, member, caseVariantOf: fields.byLowerCase.get(member.name.toLowerCase()) });
      }
    }
    return found;
  },
);

function repeatsEarlier(members: readonly JsonMember[], index: number): boolean {
  const name = members[index]!.name;
  for (let earlier = 0; earlier < index; earlier++) if (members[earlier]!.name === name) return true;
  return false;
}
