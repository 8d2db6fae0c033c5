/**
 * Image references in the forms people type: `registry/repo:tag`, `repo@sha256:…`, `repo:tag@digest`,
 * Docker Hub short names (`alpine` → docker.io/library/alpine) and `localhost:5000/…`. The grammar follows
 * distribution's reference package: the first path component is a registry when it has a `.` or `:` or
 * is `localhost`; repositories are lowercase; tags are at most 128 word characters, dots and dashes.
 */
import { UsageError } from "../io/exit.js";

export type ImageReference = {
  /** The registry as written (docker.io for Docker Hub), used in paths like `registry/repo@digest`. */
  registry: string;
  /** host[:port] the API is served from (registry-1.docker.io for Docker Hub). */
  host: string;
  repository: string;
  tag?: string;
  digest?: string;
};

const DOCKER_HUB = "docker.io";
const DOCKER_HUB_API = "registry-1.docker.io";
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
/** The digest grammar of image-spec descriptor.md (`algorithm:encoded`). */
export const DIGEST_GRAMMAR = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const HOST = /^(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])(?::\d+)?$/;

export function parseReference(input: string): ImageReference {
  const fail = (why: string): never => {
    throw new UsageError(`invalid image reference "${input}": ${why}`);
  };
  let rest = input.trim();
  if (rest === "") fail("empty");
  if (/^[a-z]+:\/\//i.test(rest)) fail("write it without a scheme (use --plain-http for http)");

  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_GRAMMAR.test(digest)) fail(`"${digest}" is not a digest (algorithm:hex)`);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`"${tag}" is not a valid tag`);
  }

  const parts = rest.split("/");
  let registry = DOCKER_HUB;
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    registry = parts.shift()!;
    if (!HOST.test(registry)) fail(`"${registry}" is not a registry host`);
  }
  if (registry === "index.docker.io") registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift("library");
  for (const component of parts) {
    if (!COMPONENT.test(component)) {
      fail(
        component.toLowerCase() !== component
          ? `repository names must be lowercase ("${component}")`
          : `"${component}" is not a valid path component`,
      );
    }
  }
  const repository = parts.join("/");
  if (repository.length > 255) fail("repository name longer than 255 characters");
  const host = registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
  return {
    registry,
    host,
    repository,
    ...(tag !== undefined && { tag }),
    ...(digest !== undefined && { digest }),
  };
}

/** A repository without tag or digest (for `ls`). */
export function parseRepository(input: string): ImageReference {
  const reference = parseReference(input);
  if (reference.tag !== undefined || reference.digest !== undefined) {
    throw new UsageError(`"${input}" names an image; give only the repository`);
  }
  return reference;
}

/** What a manifest request names: the digest when there is one (it pins the content), else the tag. */
export function manifestSelector(reference: ImageReference): string {
  return reference.digest ?? reference.tag ?? "latest";
}

/** `registry/repo@digest`, the path inspect reports write for fetched documents. */
export function pinnedName(
  reference: Pick<ImageReference, "registry" | "repository">,
  digest: string,
): string {
  return `${reference.registry}/${reference.repository}@${digest}`;
}

export function formatReference(reference: ImageReference): string {
  const base = `${reference.registry}/${reference.repository}`;
  return `${base}${reference.tag !== undefined ? `:${reference.tag}` : ""}${reference.digest !== undefined ? `@${reference.digest}` : ""}`;
}
