/**
 * Where annotation maps are: the top-level `annotations` of OCI manifests and indexes, the `annotations` of
 * every OCI descriptor, and an image config's `config.Labels`, which "MUST use the annotation rules".
 * Docker schema 2 documents define no annotations (`dm.oci-only-fields` reports them there).
 */
import type { Kind } from "../../report.js";
import { descriptorsOf, type DescriptorRef } from "../../documents/descriptors.js";
import { memoizedByDocument } from "../../documents/memo.js";
import type { DocumentModel } from "../../documents/model.js";
import { getMember, isObject, memberOf } from "../../json/access.js";
import type { JsonMember, JsonString } from "../../json/node.js";

/** Kinds with annotation maps (formats OM, OI, OD and, for Labels, OC). */
export const ANNOTATION_KINDS: readonly Kind[] = [
  "oci-manifest",
  "oci-index",
  "oci-descriptor",
  "oci-config",
];

export type AnnotationSite = {
  /** The `annotations` (or `Labels`) member itself, whatever its value. */
  member: JsonMember;
  /** Whose map it is: the document's own, a descriptor's, or a config's labels. */
  owner: "document" | "descriptor" | "labels";
  descriptor?: DescriptorRef;
};

export const annotationSitesOf: (document: DocumentModel) => readonly AnnotationSite[] = memoizedByDocument(
  (document) => {
    const root = document.root;
    if (!isObject(root)) return [];
    if (document.kind === "oci-config") {
      const config = getMember(root, "config");
      const labels = isObject(config) ? memberOf(config, "Labels") : undefined;
      return labels ? [{ member: labels, owner: "labels" }] : [];
    }
    const sites: AnnotationSite[] = [];
    if (document.kind === "oci-manifest" || document.kind === "oci-index") {
      const own = memberOf(root, "annotations");
      if (own) sites.push({ member: own, owner: "document" });
    }
    for (const descriptor of descriptorsOf(document)) {
      if (descriptor.family !== "oci") continue;
      const member = memberOf(descriptor.node, "annotations");
      if (member) sites.push({ member, owner: "descriptor", descriptor });
    }
    return sites;
  },
);

export type AnnotationEntry = { site: AnnotationSite; entry: JsonMember };

/** Every key/value member of every annotation map that is an object. */
export const annotationEntriesOf: (document: DocumentModel) => readonly AnnotationEntry[] =
  memoizedByDocument((document) => {
    const entries: AnnotationEntry[] = [];
    for (const site of annotationSitesOf(document)) {
      if (isObject(site.member.value))
        for (const entry of site.member.value.members) entries.push({ site, entry });
    }
    return entries;
  });

type AnnotationValue = AnnotationEntry & { value: JsonString };

/** The string-valued entries by key, grouped in one pass for all the rules that ask for one key each. */
const annotationValuesByKey = memoizedByDocument((document) => {
  const byKey = new Map<string, AnnotationValue[]>();
  for (const item of annotationEntriesOf(document)) {
    const string = item.entry.value;
    if (string.type !== "string") continue;
    const found = byKey.get(item.entry.name);
    const value = { site: item.site, entry: item.entry, value: string };
    if (found) found.push(value);
    else byKey.set(item.entry.name, [value]);
  }
  return byKey;
});

/** The string values of one annotation key wherever it occurs in the document. */
export function annotationValuesOf(document: DocumentModel, key: string): readonly AnnotationValue[] {
  return annotationValuesByKey(document).get(key) ?? [];
}
