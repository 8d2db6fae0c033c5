/**
 * Every descriptor of a document, with its role: the one walker that descriptor, digest,
 * media-type, platform and cross-document rules all use, so "where descriptors are" is decided once.
 *
 * Only objects are yielded; a descriptor position holding something else (a string `subject`, a `null`
 * config) is the concern of the structural rule for that position.
 */
import type { Kind } from "../report.js";
import { getMember, isArray, isObject } from "../json/access.js";
import type { JsonObject } from "../json/node.js";
import { memoizedByDocument } from "./memo.js";
import type { DocumentModel } from "./model.js";

export type DescriptorRole = "config" | "layer" | "manifest" | "subject" | "descriptor";

export type DescriptorRef = {
  node: JsonObject;
  role: DescriptorRole;
  /** Docker schema 2 descriptors (DD) follow the Docker formats; the rest are OCI descriptors (OD). */
  family: "oci" | "docker";
};

/** Kinds that contain descriptors (or are one). */
export const DESCRIPTOR_KINDS: readonly Kind[] = [
  "oci-manifest",
  "oci-index",
  "oci-descriptor",
  "docker-manifest",
  "docker-manifest-list",
];

const ARRAY_ROLE: Partial<Record<Kind, { member: string; role: DescriptorRole }>> = {
  "oci-manifest": { member: "layers", role: "layer" },
  "docker-manifest": { member: "layers", role: "layer" },
  "oci-index": { member: "manifests", role: "manifest" },
  "docker-manifest-list": { member: "manifests", role: "manifest" },
};

export const descriptorsOf: (document: DocumentModel) => readonly DescriptorRef[] = memoizedByDocument(
  (document: DocumentModel): DescriptorRef[] => {
    const root = document.root;
    if (!isObject(root)) return [];
    const family = document.kind.startsWith("docker-") ? "docker" : "oci";
    const found: DescriptorRef[] = [];
    const add = (node: unknown, role: DescriptorRole) => {
      if (isObject(node as JsonObject)) found.push({ node: node as JsonObject, role, family });
    };
    if (document.kind === "oci-descriptor") {
      add(root, "descriptor");
      return found;
    }
    if (document.kind === "oci-manifest" || document.kind === "docker-manifest") {
      add(getMember(root, "config"), "config");
    }
    const list = ARRAY_ROLE[document.kind];
    if (list) {
      const items = getMember(root, list.member);
      if (isArray(items)) {
        for (const item of items.items) add(item, list.role);
      }
    }
    if (DESCRIPTOR_KINDS.includes(document.kind)) add(getMember(root, "subject"), "subject");
    return found;
  },
);
