/**
 * Which catalogue rule (shared/spec/rules.md) a schema error belongs to, and what to tell a person about it.
 *
 * Keyed by schema location, exactly as `schemaLocation` writes it:
 * - `#/<pointer>` for a keyword of the document schema itself (json/<kind>.schema.json),
 * - `<definition>/<pointer>` for a keyword inside a shared definition (json/defs.schema.json `$defs`),
 * - `required` locations end with the missing member: `descriptor/required/size`.
 * A key may be prefixed with a kind and a space (`docker-config dateTime/pattern`); that entry wins for that kind.
 * The location coverage test (schemas.node.test.ts) checks that every location the schemas can report is here.
 */
import type { SchemaKind } from "./kinds.js";

export type SchemaRule = { rule: string; message: string };

const entry = (rule: string, message: string): SchemaRule => ({ rule, message });

const notAnObject = entry("json.wellformed", "The document must be a JSON object.");
const schemaVersion = entry("top.schemaversion", "`schemaVersion` is required and must be the integer 2.");
const artifactTypeSyntax = entry(
  "mediatype.syntax",
  "`artifactType` must be a media type string such as `application/vnd.example+json`.",
);
const subject = entry("om.subject-descriptor", "`subject` must be a descriptor object.");
const ociConfigMember = entry("om.config-required", "`config` is required and must be a descriptor object.");
const ociLayers = entry(
  "om.layers-required",
  "`layers` is required and must be an array of descriptor objects.",
);
const ociManifests = entry(
  "oi.manifests-required",
  "`manifests` is required and must be an array (it may be empty).",
);
const dockerConfigMember = entry("dm.config", "`config` is required and must be a descriptor object.");
const dockerLayers = entry("dm.layers", "`layers` is required and must be an array of descriptor objects.");
const dockerManifests = entry(
  "dl.manifests",
  "`manifests` is required and must be an array of descriptor objects.",
);
const dockerManifestMediaType = entry(
  "dm.mediatype",
  "`mediaType` is required and must be `application/vnd.docker.distribution.manifest.v2+json`.",
);
const dockerListMediaType = entry(
  "dl.mediatype",
  "`mediaType` is required and must be `application/vnd.docker.distribution.manifest.list.v2+json`.",
);

const annotationsMap = entry(
  "annot.string-map",
  "`annotations` must be an object whose values are all strings.",
);
const annotationValue = entry("annot.string-map", "Annotation values must be strings.");

const descriptorMediaType = entry("desc.mediatype-required", "A descriptor must have a `mediaType` string.");
const descriptorDigest = entry("desc.digest-required", "A descriptor must have a `digest` string.");

const platformRequired = entry(
  "platform.required",
  "`platform` must be an object with string members `architecture` and `os`.",
);
const platformStrings = entry("platform.field-types", "This platform member must be a string.");
const platformStringList = entry("platform.field-types", "This platform member must be an array of strings.");

const configString = entry("oc.field-types", "This config member must be a string (or null).");
const configStringList = entry("oc.field-types", "This config member must be an array of strings (or null).");
const configStringItem = entry("oc.field-types", "Entries of this list must be strings.");
const configObjectMap = entry(
  "oc.field-types",
  "This config member must be an object whose values are objects `{}`.",
);
const configEmptyObject = entry("oc.field-types", "Values of this map must be objects, usually `{}`.");
const historyString = entry("oc.field-types", "This history member must be a string (or null).");
const created = entry(
  "oc.created",
  "`created` must be an RFC 3339 date-time string such as `2015-10-31T22:22:56.015925234Z`.",
);
const rootfs = entry("oc.rootfs", "`rootfs` is required: an object with `type` (`layers`) and `diff_ids`.");
const diffIds = entry("oc.diff-ids", "`rootfs.diff_ids` must be an array of digest strings.");
const dockerStructure = (message: string) => entry("dc.structure", message);
const dockerCreated = dockerStructure(
  "`created` is expected to be an RFC 3339 date-time string such as `2015-10-31T22:22:56.015925234Z`.",
);

export const SCHEMA_RULES: Readonly<Record<string, SchemaRule>> = {
  // Every document schema
  "#/type": notAnObject,
  "#/required/schemaVersion": schemaVersion,
  "#/properties/schemaVersion/const": schemaVersion,
  "#/properties/artifactType/type": artifactTypeSyntax,
  "#/properties/subject/type": subject,

  // OCI image manifest
  "oci-manifest #/properties/mediaType/const": entry(
    "om.mediatype",
    "`mediaType` of an OCI image manifest must be `application/vnd.oci.image.manifest.v1+json`.",
  ),
  "oci-manifest #/required/config": ociConfigMember,
  "oci-manifest #/properties/config/type": ociConfigMember,
  "oci-manifest #/required/layers": ociLayers,
  "oci-manifest #/properties/layers/type": ociLayers,
  "oci-manifest #/properties/layers/items/type": ociLayers,
  "oci-manifest #/properties/layers/minItems": entry(
    "om.layers-nonempty",
    "`layers` must contain at least one descriptor (for an artifact without payload, use the empty descriptor).",
  ),

  // OCI image index
  "oci-index #/properties/mediaType/const": entry(
    "oi.mediatype",
    "`mediaType` of an OCI image index must be `application/vnd.oci.image.index.v1+json`.",
  ),
  "oci-index #/required/manifests": ociManifests,
  "oci-index #/properties/manifests/type": ociManifests,
  "oci-index #/properties/manifests/items/type": entry(
    "oi.entry-descriptor",
    "Every `manifests` entry must be a descriptor object.",
  ),

  // OCI image layout `oci-layout` file
  "oci-layout-header #/required/imageLayoutVersion": entry(
    "ol.oci-layout",
    "The `oci-layout` file must contain `imageLayoutVersion`.",
  ),
  "oci-layout-header #/properties/imageLayoutVersion/const": entry(
    "ol.version",
    '`imageLayoutVersion` must be the string "1.0.0".',
  ),

  // Docker schema 2 manifest and manifest list
  "docker-manifest #/required/mediaType": dockerManifestMediaType,
  "docker-manifest #/properties/mediaType/const": dockerManifestMediaType,
  "docker-manifest #/required/config": dockerConfigMember,
  "docker-manifest #/properties/config/type": dockerConfigMember,
  "docker-manifest #/required/layers": dockerLayers,
  "docker-manifest #/properties/layers/type": dockerLayers,
  "docker-manifest #/properties/layers/items/type": dockerLayers,
  "docker-manifest-list #/required/mediaType": dockerListMediaType,
  "docker-manifest-list #/properties/mediaType/const": dockerListMediaType,
  "docker-manifest-list #/required/manifests": dockerManifests,
  "docker-manifest-list #/properties/manifests/type": dockerManifests,
  "docker-manifest-list #/properties/manifests/items/type": dockerManifests,

  // Shared: media types, digests, dates
  "mediaType/pattern": entry(
    "mediatype.syntax",
    "Not a valid media type: expected `type/subtype` (RFC 6838 names of 1 to 127 characters, no parameters or spaces).",
  ),
  "digest/pattern": entry(
    "digest.grammar",
    "Not a valid digest: expected `algorithm:encoded`, e.g. `sha256:` followed by 64 lower-case hex digits.",
  ),
  "digest/allOf/0/then/pattern": entry(
    "digest.sha256",
    "A sha256 digest must be followed by exactly 64 lower-case hex digits.",
  ),
  "digest/allOf/1/then/pattern": entry(
    "digest.sha512",
    "A sha512 digest must be followed by exactly 128 lower-case hex digits.",
  ),
  "digest/allOf/2/then/pattern": entry(
    "digest.blake3",
    "A blake3 digest must be followed by exactly 64 lower-case hex digits.",
  ),
  "dateTime/pattern": created,
  "docker-config dateTime/pattern": dockerCreated,

  // Annotations
  "annotations/type": annotationsMap,
  "annotations/not": entry(
    "annot.not-null",
    "`annotations` must be absent or an object; `null` is not allowed.",
  ),
  "annotations/additionalProperties/type": annotationValue,

  // Platform
  "platform/type": platformRequired,
  "platform/required/architecture": platformRequired,
  "platform/required/os": platformRequired,
  "platform/properties/architecture/type": platformRequired,
  "platform/properties/os/type": platformRequired,
  "platform/properties/os.version/type": platformStrings,
  "platform/properties/variant/type": platformStrings,
  "platform/properties/os.features/type": platformStringList,
  "platform/properties/os.features/items/type": platformStringList,
  "platform/properties/features/type": platformStringList,
  "platform/properties/features/items/type": platformStringList,

  // Descriptor
  "descriptor/required/mediaType": descriptorMediaType,
  "descriptor/properties/mediaType/type": descriptorMediaType,
  "descriptor/required/digest": descriptorDigest,
  "descriptor/properties/digest/type": descriptorDigest,
  "descriptor/required/size": entry("desc.size-required", "A descriptor must have a `size`."),
  "descriptor/properties/size/type": entry(
    "desc.size-integer",
    "`size` must be a JSON integer (not a string, null or fraction).",
  ),
  "descriptor/properties/size/minimum": entry("desc.size-nonnegative", "`size` must not be negative."),
  "descriptor/properties/urls/type": entry("desc.field-types", "`urls` must be an array of strings."),
  "descriptor/properties/urls/items/type": entry("desc.field-types", "`urls` entries must be strings."),
  "descriptor/properties/urls/items/pattern": entry(
    "desc.urls-uri",
    "`urls` entries must be absolute URIs (RFC 3986), e.g. `https://example.com/blob`.",
  ),
  "descriptor/properties/data/type": entry("desc.field-types", "`data` must be a base64 string."),
  "descriptor/properties/data/pattern": entry(
    "desc.data-base64",
    "`data` must be standard base64 (RFC 4648 § 4: alphabet `A-Z a-z 0-9 + /`, padded with `=`).",
  ),
  "descriptor/properties/artifactType/type": entry("desc.field-types", "`artifactType` must be a string."),

  // Image config (OCI and Docker)
  "imageConfig/required/architecture": entry(
    "oc.architecture",
    "`architecture` is required and must be a string.",
  ),
  "imageConfig/properties/architecture/type": entry("oc.architecture", "`architecture` must be a string."),
  "imageConfig/required/os": entry("oc.os", "`os` is required and must be a string."),
  "imageConfig/properties/os/type": entry("oc.os", "`os` must be a string."),
  "imageConfig/required/rootfs": rootfs,
  "imageConfig/properties/created/type": created,
  "docker-config imageConfig/properties/created/type": dockerCreated,
  "imageConfig/properties/author/type": configString,
  "imageConfig/properties/os.version/type": configString,
  "imageConfig/properties/variant/type": configString,
  "imageConfig/properties/os.features/type": configStringList,
  "imageConfig/properties/os.features/items/type": configStringItem,
  "rootfs/type": rootfs,
  "rootfs/required/type": rootfs,
  "rootfs/required/diff_ids": rootfs,
  "rootfs/properties/type/const": entry("oc.rootfs-type", '`rootfs.type` must be "layers".'),
  "docker-config rootfs/properties/type/const": dockerStructure('`rootfs.type` is expected to be "layers".'),
  "rootfs/properties/diff_ids/type": diffIds,
  "rootfs/properties/diff_ids/items/type": diffIds,
  "containerConfig/type": entry("oc.field-types", "`config` must be an object (or null)."),
  "containerConfig/properties/User/type": configString,
  "containerConfig/properties/WorkingDir/type": configString,
  "containerConfig/properties/StopSignal/type": configString,
  "containerConfig/properties/ExposedPorts/type": configObjectMap,
  "containerConfig/properties/ExposedPorts/additionalProperties/type": configEmptyObject,
  "containerConfig/properties/Volumes/type": configObjectMap,
  "containerConfig/properties/Volumes/additionalProperties/type": configEmptyObject,
  "containerConfig/properties/Env/type": configStringList,
  "containerConfig/properties/Env/items/type": configStringItem,
  "containerConfig/properties/Env/items/pattern": entry(
    "oc.env-format",
    "`Env` entries must look like `NAME=value` with a non-empty NAME.",
  ),
  "docker-config containerConfig/properties/Env/items/pattern": dockerStructure(
    "`Env` entries are expected to look like `NAME=value`.",
  ),
  "containerConfig/properties/Entrypoint/type": configStringList,
  "containerConfig/properties/Entrypoint/items/type": configStringItem,
  "containerConfig/properties/Cmd/type": configStringList,
  "containerConfig/properties/Cmd/items/type": configStringItem,
  // OCI config Labels "MUST use the annotation rules" (R37 covers OC); the Docker config has only the type rule.
  "containerConfig/properties/Labels/type": entry(
    "annot.string-map",
    "`Labels` must be an object whose values are all strings (or null).",
  ),
  "containerConfig/properties/Labels/additionalProperties/type": entry(
    "annot.string-map",
    "Label values must be strings.",
  ),
  "docker-config containerConfig/properties/Labels/type": entry(
    "oc.field-types",
    "`Labels` must be an object whose values are all strings (or null).",
  ),
  "docker-config containerConfig/properties/Labels/additionalProperties/type": entry(
    "oc.field-types",
    "Label values must be strings.",
  ),
  "containerConfig/properties/ArgsEscaped/type": entry("oc.field-types", "`ArgsEscaped` must be a boolean."),
  "history/type": entry("oc.field-types", "`history` must be an array of objects (or null)."),
  "history/items/type": entry("oc.field-types", "Every `history` entry must be an object."),
  "history/items/properties/created/type": created,
  "docker-config history/items/properties/created/type": dockerCreated,
  "history/items/properties/author/type": historyString,
  "history/items/properties/created_by/type": historyString,
  "history/items/properties/comment/type": historyString,
  "history/items/properties/empty_layer/type": entry(
    "oc.field-types",
    "`empty_layer` must be a boolean (or null).",
  ),
};

/** The rule for an error the table does not know (the coverage test keeps this unused). */
export const FALLBACK_RULES: Readonly<Record<SchemaKind, string>> = {
  "oci-manifest": "desc.field-types",
  "oci-index": "desc.field-types",
  "oci-descriptor": "desc.field-types",
  "docker-manifest": "desc.field-types",
  "docker-manifest-list": "desc.field-types",
  "oci-config": "oc.field-types",
  "docker-config": "oc.field-types",
  "oci-layout-header": "ol.oci-layout",
};
