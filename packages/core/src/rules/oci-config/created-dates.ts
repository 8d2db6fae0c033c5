/**
 * The `created` values of an image config (top level and every `history[]` entry) that are not RFC 3339
 * date-times, as findings. Shared by oc.created (an error for OCI configs) and dc.structure (a warning for
 * Docker configs). A spelling that RFC 3339 allows but Go refuses is only a warning.
 */
import type { Finding } from "../rule.js";
import type { JsonNode, JsonObject } from "../../json/node.js";
import { getMember } from "../../json/access.js";
import { judgeDateTime } from "./date-time.js";
import { describeJsonType } from "./json-type.js";
import { historyEntries } from "./fields.js";

const EXAMPLE = "2015-10-31T22:22:56.015925234Z";

function findingFor(value: JsonNode): Finding | undefined {
  // `null` means absent (config.md: OPTIONAL members may be null).
  if (value.type === "null") return undefined;
  if (value.type !== "string") {
    return {
      node: value,
      message: `\`created\` must be an RFC 3339 date-time string, not ${describeJsonType(value)}.`,
    };
  }
  const verdict = judgeDateTime(value.value);
  if (verdict === "valid") return undefined;
  if (verdict === "rejected-by-go") {
    return {
      node: value,
      severity: "warning",
      message: `"${value.value}" is RFC 3339, but Go's time parser (Docker, containerd, go-containerregistry) rejects a leap second and a lower-case t or z.`,
    };
  }
  return { node: value, message: `"${value.value}" is not an RFC 3339 date-time (e.g. ${EXAMPLE}).` };
}

export function createdDateFindings(root: JsonObject): Finding[] {
  const values = [
    getMember(root, "created"),
    ...historyEntries(root).map((entry) => getMember(entry, "created")),
  ];
  return values.flatMap((value) => (value ? (findingFor(value) ?? []) : []));
}
