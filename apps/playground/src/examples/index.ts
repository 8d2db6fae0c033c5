/**
 * Built-in example workspaces. Documents are imported `?raw` so their exact bytes (and so their digests)
 * are what ships. The first two are real seeds; the others are small, made-up images that each show one
 * problem the playground explains.
 */
import type { WorkspaceSnapshot } from "../workspace/documents.js";
import dockerHelloWorld from "./docker-hello-world-manifest.json?raw";
import mcrHelloWorld from "./mcr-hello-world-list.json?raw";
import ociIndex from "./oci-index.json?raw";
import ociManifestAmd64 from "./oci-manifest-amd64.json?raw";
import ociConfigAmd64 from "./oci-config-amd64.json?raw";
import ociManifestArm64 from "./oci-manifest-arm64.json?raw";
import ociConfigArm64 from "./oci-config-arm64.json?raw";
import aarch64Index from "./aarch64-index.json?raw";
import armV6GapIndex from "./arm-v6-gap-index.json?raw";
import attestationsIndex from "./attestations-index.json?raw";
import wrongSizeIndex from "./wrong-size-index.json?raw";

export type Example = { id: string; title: string } & WorkspaceSnapshot;

const ociImage = [
  { name: "manifest-amd64.json", text: ociManifestAmd64 },
  { name: "config-amd64.json", text: ociConfigAmd64 },
  { name: "manifest-arm64.json", text: ociManifestArm64 },
  { name: "config-arm64.json", text: ociConfigArm64 },
];

export const EXAMPLES: readonly Example[] = [
  {
    id: "mcr-hello-world",
    title: "mcr.microsoft.com/mcr/hello-world (manifest list, Linux + Windows)",
    documents: [{ name: "mcr-hello-world-list.json", text: mcrHelloWorld }],
    active: 0,
  },
  {
    id: "docker-hello-world",
    title: "hello-world (Docker image manifest, linux/amd64)",
    documents: [{ name: "docker-hello-world-manifest.json", text: dockerHelloWorld }],
    active: 0,
  },
  {
    id: "oci-workspace",
    title: "OCI image: index, two manifests and their configs",
    documents: [{ name: "index.json", text: ociIndex }, ...ociImage],
    active: 0,
  },
  {
    id: "wrong-size",
    title: "Problem: an index entry with the wrong size",
    documents: [{ name: "index.json", text: wrongSizeIndex }, ...ociImage],
    active: 0,
  },
  {
    id: "aarch64-entry",
    title: "Problem: an entry written aarch64 instead of arm64",
    documents: [{ name: "index.json", text: aarch64Index }],
    active: 0,
  },
  {
    id: "arm-v6-gap",
    title: "Problem: no image for arm/v6 hosts (Raspberry Pi Zero, Pi 1)",
    documents: [{ name: "index.json", text: armV6GapIndex }],
    active: 0,
  },
  {
    id: "attestations",
    title: "BuildKit index with attestation entries",
    documents: [{ name: "index.json", text: attestationsIndex }],
    active: 0,
  },
];
