/**
 * Where media type strings occur: a manifest's or index's own `mediaType` and `artifactType`, and the
 * `mediaType` and `artifactType` of every descriptor. Non-string values are the field-type rules' concern.
 */
import { getMember, isObject, isString } from "../json/access.js";
import type { JsonObject, JsonString } from "../json/node.js";
import { descriptorsOf } from "./descriptors.js";
import { memoizedByDocument } from "./memo.js";
import type { DocumentModel } from "./model.js";
import { SELF_DESCRIBING_KINDS } from "./media-types.js";

export type MediaTypeRef = {
  node: JsonString;
  field: "mediaType" | "artifactType";
  owner: "document" | "descriptor";
};

export const mediaTypeValuesOf: (document: DocumentModel) => readonly MediaTypeRef[] = memoizedByDocument(
  (document: DocumentModel): MediaTypeRef[] => {
    const found: MediaTypeRef[] = [];
    const collect = (object: JsonObject, owner: MediaTypeRef["owner"]) => {
      for (const field of ["mediaType", "artifactType"] as const) {
        const node = getMember(object, field);
        if (isString(node)) found.push({ node, field, owner });
      }
    };
    if (isObject(document.root) && SELF_DESCRIBING_KINDS.includes(document.kind))
      collect(document.root, "document");
    for (const descriptor of descriptorsOf(document)) collect(descriptor.node, "descriptor");
    return found;
  },
);

const RESTRICTED_NAME = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;

/** Why `value` is not an RFC 6838 `type/subtype` name (no parameters), or undefined when it is one. */
export function mediaTypeSyntaxProblem(value: string): string | undefined {
  if (WELL_FORMED.test(value)) return undefined; // nearly every value; the rest is explained below
  if (value === "") return "it is empty";
  if (/\s/.test(value)) return "it contains whitespace";
  if (value.includes(";")) return "it has parameters (';…'), which a mediaType value may not carry";
  const slash = value.indexOf("/");
  if (slash < 0) return "it has no '/' between type and subtype";
  const parts = { type: value.slice(0, slash), subtype: value.slice(slash + 1) };
  for (const [name, part] of Object.entries(parts)) {
    if (part === "") return `the ${name} is empty`;
    if (part.length > 127) return `the ${name} is ${part.length} characters long (at most 127)`;
    if (!/^[A-Za-z0-9]/.test(part)) return `the ${name} must start with a letter or digit, not '${part[0]}'`;
    if (!RESTRICTED_NAME.test(part)) return `the ${name} has characters outside A-Za-z0-9!#$&^_.+-`;
  }
  return undefined;
}
