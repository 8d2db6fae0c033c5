/**
 * Deciding what kind of document this is, and saying how it was decided.
 *
 * Order: legacy schema 1 first (R105: it must never be validated as a v2/OCI format); then what the caller
 * knows (`expect`: a kind, or a media type such as a descriptor's mediaType or a Content-Type); then the
 * document's own `mediaType` when it names a self-describing document (manifest or index); last the shape,
 * which is a guess and is marked so (kindSource "shape"). Detection never resolves an ambiguity such as a
 * manifest that also has `manifests` (CVE-2021-41190): the rules judge those.
 */
import { KINDS, type Kind } from "../report.js";
import { getMember, getString, isArray, isObject } from "../json/access.js";
import type { JsonNode } from "../json/node.js";
import { kindOfMediaType, MEDIA_TYPES, SELF_DESCRIBING_KINDS } from "./media-types.js";
import type { KindSource } from "./model.js";

export type KindDecision = { kind: Kind; kindSource: KindSource };

/** A kind, or a media type (parameters such as `; charset=utf-8` are ignored, as for a Content-Type). */
export type Expectation = Kind | string;

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

/** The kind an expectation names, if any. */
export function kindOfExpectation(expect: Expectation): Kind | undefined {
  if (isKind(expect)) return expect;
  const mediaType = expect.split(";")[0]!.trim().toLowerCase();
  return kindOfMediaType(mediaType);
}

export function detectKind(root: JsonNode | null, expect?: Expectation): KindDecision {
  const mediaType = getString(root, "mediaType");
  if (isSchema1(root, mediaType)) {
    return {
      kind: "docker-schema1",
      kindSource: mediaType && kindOfMediaType(mediaType) ? "mediaType" : "shape",
    };
  }
  const expected = expect === undefined ? undefined : kindOfExpectation(expect);
  if (expected) return { kind: expected, kindSource: "expected" };
  if (!isObject(root)) return { kind: "unknown", kindSource: "none" };

  const named = mediaType === undefined ? undefined : kindOfMediaType(mediaType);
  if (named && (SELF_DESCRIBING_KINDS.includes(named) || !looksLikeDescriptor(root))) {
    return { kind: named, kindSource: "mediaType" };
  }
  const guessed = guessFromShape(root);
  return guessed ? { kind: guessed, kindSource: "shape" } : { kind: "unknown", kindSource: "none" };
}

/** schemaVersion 1, a schema 1 media type, or `fsLayers` in a document that does not claim to be v2/OCI. */
function isSchema1(root: JsonNode | null, mediaType: string | undefined): boolean {
  if (!isObject(root)) return false;
  if (mediaType === MEDIA_TYPES.dockerSchema1 || mediaType === MEDIA_TYPES.dockerSchema1Signed) return true;
  const schemaVersion = getMember(root, "schemaVersion");
  if (schemaVersion?.type === "number" && schemaVersion.value === 1) return true;
  const claimsV2 =
    (schemaVersion?.type === "number" && schemaVersion.value === 2) ||
    (mediaType !== undefined && kindOfMediaType(mediaType) !== undefined);
  return !claimsV2 && getMember(root, "fsLayers") !== undefined;
}

function looksLikeDescriptor(root: JsonNode): boolean {
  return (
    getMember(root, "digest") !== undefined &&
    getMember(root, "size") !== undefined &&
    getMember(root, "schemaVersion") === undefined
  );
}

/** The shape heuristics containers/image's GuessMIMEType uses, plus configs, descriptors and layout headers. */
function guessFromShape(root: JsonNode): Kind | undefined {
  if (getMember(root, "imageLayoutVersion") !== undefined) return "oci-layout-header";
  const config = getMember(root, "config");
  if (
    isArray(getMember(root, "manifests")) &&
    config === undefined &&
    getMember(root, "layers") === undefined
  ) {
    return "oci-index";
  }
  if (isObject(config) && getMember(root, "layers") !== undefined) {
    return getString(config, "mediaType") === MEDIA_TYPES.dockerConfig ? "docker-manifest" : "oci-manifest";
  }
  if (looksLikeDescriptor(root) && getMember(root, "mediaType") !== undefined) return "oci-descriptor";
  if (getMember(root, "rootfs") !== undefined || getMember(root, "architecture") !== undefined) {
    const dockerOnly = ["container_config", "docker_version", "container"].some((name) =>
      getMember(root, name),
    );
    return dockerOnly ? "docker-config" : "oci-config";
  }
  return undefined;
}
