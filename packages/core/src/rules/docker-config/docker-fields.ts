import type { Rule } from "../rule.js";
import type { JsonObject } from "../../json/node.js";
import { isObject } from "../../json/access.js";
import { executionConfig } from "../oci-config/fields.js";

/** Top-level members Docker writes that OCI does not define. */
const DOCKER_TOP_LEVEL = new Set([
  "id",
  "parent",
  "comment",
  "container",
  "container_config",
  "docker_version",
  "Size",
]);
/** `config` members Docker writes that OCI does not define (OCI's reserved ones are oc.reserved-fields' business). */
const DOCKER_EXECUTION = new Set([
  "Hostname",
  "Domainname",
  "AttachStdin",
  "AttachStdout",
  "AttachStderr",
  "Tty",
  "OpenStdin",
  "StdinOnce",
  "Image",
  "OnBuild",
  "Shell",
  "NetworkDisabled",
  "MacAddress",
  "StopTimeout",
]);

export const dockerFieldsRule: Rule = {
  id: "R104",
  key: "dc.docker-fields",
  severity: "info",
  formats: ["DC"],
  kinds: ["docker-config"],
  summary: "Docker-only config members are normal and must be tolerated.",
  docs:
    "Configs written by Docker carry members OCI does not define: `container`, `container_config`, " +
    "`docker_version`, and in `config` `Hostname`, `Image`, `OnBuild`, `Shell` and more. They are legitimate; " +
    "the Docker spec says unknown members should be ignored, and OCI's compatibility matrix lists them. ocilens " +
    "notes them once per object and never fails a document for them.",
  source:
    "moby/docker-image-spec spec.md (extra fields 'should be ignored'); image-spec media-types.md § Compatibility Matrix",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    const note = (object: JsonObject, known: ReadonlySet<string>, where: string) => {
      const found = object.members.filter((member) => known.has(member.name));
      const first = found[0];
      if (!first) return;
      const names = [...new Set(found.map((member) => member.name))].join(", ");
      context.report({
        node: first.value,
        range: first.nameRange,
        message: `Docker-only members${where} (tolerated): ${names}.`,
      });
    };
    note(root, DOCKER_TOP_LEVEL, "");
    const config = executionConfig(root);
    if (config) note(config, DOCKER_EXECUTION, " in config");
  },
};
