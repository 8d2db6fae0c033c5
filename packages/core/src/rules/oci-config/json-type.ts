/** How a JSON value is named in messages ("a string", "null", "an array"). */
import type { JsonNode } from "../../json/node.js";

export function describeJsonType(node: JsonNode): string {
  switch (node.type) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "null":
      return "null";
  }
}
