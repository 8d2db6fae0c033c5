/** The annotation keys the image spec defines (annotations.md § Pre-Defined Annotation Keys). */

export const IMAGE_ANNOTATION_PREFIX = "org.opencontainers.image.";

export const IMAGE_ANNOTATIONS = {
  created: "org.opencontainers.image.created",
  authors: "org.opencontainers.image.authors",
  url: "org.opencontainers.image.url",
  documentation: "org.opencontainers.image.documentation",
  source: "org.opencontainers.image.source",
  version: "org.opencontainers.image.version",
  revision: "org.opencontainers.image.revision",
  vendor: "org.opencontainers.image.vendor",
  licenses: "org.opencontainers.image.licenses",
  refName: "org.opencontainers.image.ref.name",
  title: "org.opencontainers.image.title",
  description: "org.opencontainers.image.description",
  baseDigest: "org.opencontainers.image.base.digest",
  baseName: "org.opencontainers.image.base.name",
} as const;

export const DEFINED_IMAGE_ANNOTATIONS: ReadonlySet<string> = new Set(Object.values(IMAGE_ANNOTATIONS));
