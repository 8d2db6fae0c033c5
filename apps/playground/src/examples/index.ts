/** Built-in examples. Imported `?raw` so their exact bytes (and so their digests) are what ships. */
import dockerHelloWorld from "./docker-hello-world-manifest.json?raw";
import mcrHelloWorld from "./mcr-hello-world-list.json?raw";

export type Example = { id: string; title: string; text: string };

export const EXAMPLES: readonly Example[] = [
  {
    id: "mcr-hello-world",
    title: "mcr.microsoft.com/mcr/hello-world (manifest list, Linux + Windows)",
    text: mcrHelloWorld,
  },
  {
    id: "docker-hello-world",
    title: "hello-world (Docker image manifest, linux/amd64)",
    text: dockerHelloWorld,
  },
];
