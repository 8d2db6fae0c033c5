/**
 * Where platform objects are: the `platform` of every descriptor (index entries, and any other descriptor that
 * carries one), and, for image configs, the config itself, whose top-level `architecture`, `os`, `variant`,
 * `os.version` and `os.features` use the same vocabulary.
 */
import type { Kind } from "../../report.js";
import { descriptorsOf, type DescriptorRef } from "../../documents/descriptors.js";
import { memoizedByDocument } from "../../documents/memo.js";
import type { DocumentModel } from "../../documents/model.js";
import { getString, isObject, memberOf } from "../../json/access.js";
import type { JsonMember, JsonObject } from "../../json/node.js";
import { ATTESTATION_PLATFORM } from "../../platforms/known-values.js";

/** Kinds whose descriptors may carry a `platform` (formats OI, DL and OD). */
export const PLATFORM_DESCRIPTOR_KINDS: readonly Kind[] = [
  "oci-index",
  "docker-manifest-list",
  "oci-manifest",
  "oci-descriptor",
];

/** Kinds where platform values are judged: descriptors' platforms and image configs (OI, DL, OC, DC). */
export const PLATFORM_VALUE_KINDS: readonly Kind[] = [
  ...PLATFORM_DESCRIPTOR_KINDS,
  "oci-config",
  "docker-config",
];

export type PlatformSite = {
  /** The object holding the platform fields: a descriptor's `platform`, or a config's top level. */
  object: JsonObject;
  /** The descriptor whose platform this is; absent for a config. */
  descriptor?: DescriptorRef;
};

/** Every descriptor's `platform` member, whatever its value (the structural rule judges the value). */
export const platformMembersOf: (
  document: DocumentModel,
) => ReadonlyArray<{ descriptor: DescriptorRef; member: JsonMember }> = memoizedByDocument((document) => {
  const found: Array<{ descriptor: DescriptorRef; member: JsonMember }> = [];
  for (const descriptor of descriptorsOf(document)) {
    const member = memberOf(descriptor.node, "platform");
    if (member) found.push({ descriptor, member });
  }
  return found;
});

export const platformSitesOf: (document: DocumentModel) => readonly PlatformSite[] = memoizedByDocument(
  (document) => {
    if (document.kind === "oci-config" || document.kind === "docker-config") {
      return isObject(document.root) ? [{ object: document.root }] : [];
    }
    const sites: PlatformSite[] = [];
    for (const { descriptor, member } of platformMembersOf(document)) {
      if (isObject(member.value)) sites.push({ object: member.value, descriptor });
    }
    return sites;
  },
);

/** `unknown/unknown`: BuildKit's marker for attestation manifests and their configs, not a runnable platform. */
export function isAttestationPlatform(object: JsonObject): boolean {
  return (
    getString(object, "os") === ATTESTATION_PLATFORM.os &&
    getString(object, "architecture") === ATTESTATION_PLATFORM.architecture
  );
}
