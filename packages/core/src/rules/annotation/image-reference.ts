/**
 * Fully qualified image references (`registry.example.com/team/app:1.0`, `localhost:5000/app@sha256:…`), as
 * distribution's reference grammar reads them: the first component names a registry when it contains a `.`
 * or a `:` or is `localhost`; repository components are lower-case; tags are at most 128 word characters.
 */
import { parseDigest } from "../../documents/digests.js";

const DOMAIN =
  /^(?:localhost|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*:[0-9]+|\[[0-9a-fA-F:]+\](?::[0-9]+)?)$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;

/** Why `value` is not a fully qualified reference, or undefined when it is one. */
export function fullyQualifiedReferenceProblem(value: string): string | undefined {
  const at = value.indexOf("@");
  const named = at < 0 ? value : value.slice(0, at);
  if (at >= 0 && !parseDigest(value.slice(at + 1))) return "the part after '@' is not a digest";
  const slash = named.indexOf("/");
  if (slash < 0) return "it names no registry (write e.g. docker.io/library/alpine:3.20)";
  const domain = named.slice(0, slash);
  if (!DOMAIN.test(domain)) {
    return `"${domain}" is not a registry host (a registry has a '.' or a port, or is localhost); write e.g. docker.io/${named}`;
  }
  let path = named.slice(slash + 1);
  const colon = path.lastIndexOf(":");
  if (colon >= 0) {
    if (!TAG.test(path.slice(colon + 1))) return `"${path.slice(colon + 1)}" is not a valid tag`;
    path = path.slice(0, colon);
  }
  const bad = path.split("/").find((component) => !PATH_COMPONENT.test(component));
  return bad === undefined
    ? undefined
    : `the repository component "${bad}" is not lower-case letters and digits joined by . _ __ or -`;
}
