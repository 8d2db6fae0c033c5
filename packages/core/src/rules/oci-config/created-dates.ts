/**
 * The `created` values of an image config (top level and every `history[]` entry) that are not RFC 3339
 * date-times. Shared by oc.created (an error for OCI configs) and dc.structure (a warning for Docker configs).
 */
import type { JsonNode, JsonObject } from "../../json/node.js";
import { getMember } from "../../json/access.js";
import { isRfc3339DateTime } from "./date-time.js";
import { describeJsonType } from "./json-type.js";
import { historyEntries } from "./fields.js";

/** `null` means absent (config.md: OPTIONAL members may be null), so only non-null values are judged. */
export function invalidCreatedDates(root: JsonObject): JsonNode[] {
  const values = [
    getMember(root, "created"),
    ...historyEntries(root).map((entry) => getMember(entry, "created")),
  ];
  return values.filter(
    (value): value is JsonNode =>
      value !== undefined &&
      value.type !== "null" &&
      !(value.type === "string" && isRfc3339DateTime(value.value)),
  );
}

export function describeCreated(value: JsonNode): string {
  return value.type === "string"
    ? `"${value.value}" is not an RFC 3339 date-time (e.g. 2015-10-31T22:22:56.015925234Z)`
    : `\`created\` must be an RFC 3339 date-time string, not ${describeJsonType(value)}`;
}
