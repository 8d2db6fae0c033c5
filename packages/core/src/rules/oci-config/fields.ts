/**
 * The OPTIONAL members of an image config and the JSON type each must have (image-spec config.md § Properties,
 * schema/config-schema.json). One table serves two rules: oc.field-types judges the types, oc.null-optional
 * reports the members written as `null`. Any OPTIONAL member may be `null` (config.md), so `null` always passes.
 */
import type { JsonMember, JsonNode, JsonObject } from "../../json/node.js";
import { getMember, isObject, memberOf } from "../../json/access.js";

export type FieldType =
  "string" | "boolean" | "object" | "string-array" | "string-map" | "object-map" | "history";

/** Top-level OPTIONAL members (`created` is judged by oc.created, so it has no type entry here). */
export const TOP_LEVEL_FIELDS: Readonly<Record<string, FieldType>> = {
  author: "string",
  variant: "string",
  "os.version": "string",
  "os.features": "string-array",
  config: "object",
  history: "history",
};

/** Members of `config` (the execution parameters). */
export const EXECUTION_FIELDS: Readonly<Record<string, FieldType>> = {
  User: "string",
  ExposedPorts: "object-map",
  Env: "string-array",
  Entrypoint: "string-array",
  Cmd: "string-array",
  Volumes: "object-map",
  WorkingDir: "string",
  Labels: "string-map",
  StopSignal: "string",
  ArgsEscaped: "boolean",
};

/** Members of each `history[]` entry. */
export const HISTORY_FIELDS: Readonly<Record<string, FieldType>> = {
  author: "string",
  created_by: "string",
  comment: "string",
  empty_layer: "boolean",
};

/** Reserved Docker-compatibility members of `config` (config.md § config); OPTIONAL, so `null` is allowed. */
export const RESERVED_EXECUTION_FIELDS = ["Memory", "MemorySwap", "CpuShares", "Healthcheck"] as const;

/** A value that breaks `type`: the offending node (the value itself, or the item/entry inside it) and why. */
export type TypeProblem = { node: JsonNode; expected: string };

const EXPECTED: Readonly<Record<FieldType, string>> = {
  string: "a string",
  boolean: "a boolean",
  object: "an object",
  "string-array": "an array of strings",
  "string-map": "an object whose values are strings",
  "object-map": "an object whose values are objects",
  history: "an array of objects",
};

/** What is wrong with `value` for a member of type `type` (empty when it fits or is `null`). */
export function typeProblems(value: JsonNode, type: FieldType): TypeProblem[] {
  if (value.type === "null") return [];
  const expected = EXPECTED[type];
  switch (type) {
    case "string":
    case "boolean":
      return value.type === type ? [] : [{ node: value, expected }];
    case "object":
      return value.type === "object" ? [] : [{ node: value, expected }];
    case "string-array":
    case "history": {
      if (value.type !== "array") return [{ node: value, expected }];
      const itemType = type === "history" ? "object" : "string";
      return value.items
        .filter((item) => item.type !== itemType)
        .map((item) => ({
          node: item,
          expected: itemType === "object" ? "an object" : "a string",
        }));
    }
    case "string-map":
    case "object-map": {
      if (value.type !== "object") return [{ node: value, expected }];
      const valueType = type === "string-map" ? "string" : "object";
      return value.members
        .filter((member) => member.value.type !== valueType)
        .map((member) => ({
          node: member.value,
          expected: valueType === "string" ? "a string" : "an object",
        }));
    }
  }
}

/** The `config` object of an image config, when it is one. */
export function executionConfig(root: JsonObject): JsonObject | undefined {
  const config = getMember(root, "config");
  return isObject(config) ? config : undefined;
}

/** The `history` entries that are objects. */
export function historyEntries(root: JsonObject): JsonObject[] {
  const history = getMember(root, "history");
  return history?.type === "array" ? history.items.filter(isObject) : [];
}

/**
 * Every OPTIONAL member present in the config (top level, `config`, `history[]`), with its type where this
 * table defines one (`created` and the reserved members have none here). Duplicated names count once: the last
 * member, which is what Go and JSON.parse act on.
 */
export function optionalMembers(root: JsonObject): Array<{ member: JsonMember; type?: FieldType }> {
  const found: Array<{ member: JsonMember; type?: FieldType }> = [];
  const collect = (
    object: JsonObject,
    table: Readonly<Record<string, FieldType>>,
    untyped: readonly string[],
  ) => {
    for (const name of [...Object.keys(table), ...untyped]) {
      const member = memberOf(object, name);
      if (member) found.push({ member, type: table[name] });
    }
  };
  collect(root, TOP_LEVEL_FIELDS, ["created"]);
  const config = executionConfig(root);
  if (config) collect(config, EXECUTION_FIELDS, RESERVED_EXECUTION_FIELDS);
  for (const entry of historyEntries(root)) collect(entry, HISTORY_FIELDS, ["created"]);
  return found;
}
