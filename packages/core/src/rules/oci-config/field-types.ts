import type { Rule } from "../rule.js";
import { isObject } from "../../json/access.js";
import { optionalMembers, typeProblems } from "./fields.js";
import { describeJsonType } from "./json-type.js";

export const fieldTypesRule: Rule = {
  id: "R82",
  key: "oc.field-types",
  severity: "error",
  formats: ["OC", "DC"],
  kinds: ["oci-config", "docker-config"],
  summary: "Config members must have their defined JSON types.",
  docs:
    "Every member the config format defines has a fixed JSON type: `author`, `variant`, `os.version` strings; " +
    "`os.features` an array of strings; `config` an object; in `config`, `User`, `WorkingDir`, `StopSignal` " +
    "strings, `Env`, `Entrypoint`, `Cmd` arrays of strings, `ExposedPorts` and `Volumes` objects whose values " +
    "are objects, `Labels` a map of strings (in an OCI config reported as annot.string-map, since Labels follow " +
    "the annotation rules there), `ArgsEscaped` a boolean; `history` an array of objects with " +
    "string `author`/`created_by`/`comment` and boolean `empty_layer`. Go decodes into typed structs, so a " +
    "wrong type makes the whole config unreadable. Any of these OPTIONAL members may be `null` (see " +
    "oc.null-optional).",
  source:
    "image-spec config.md § Properties; schema/config-schema.json; schema/config_test.go (User number, Env number, Volumes array, history string, variant number)",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    // OCI config Labels "MUST use the annotation rules": annot.string-map judges them there (the Docker
    // config has no annotation rules, so its Labels stay here).
    const labelsAreAnnotations = context.document.kind === "oci-config";
    for (const { member, type } of optionalMembers(root)) {
      if (!type || (type === "string-map" && labelsAreAnnotations)) continue;
      for (const problem of typeProblems(member.value, type)) {
        const where = problem.node === member.value ? `\`${member.name}\`` : `An entry of \`${member.name}\``;
        context.report({
          node: problem.node,
          message: `${where} must be ${problem.expected}, not ${describeJsonType(problem.node)}.`,
        });
      }
    }
  },
};
