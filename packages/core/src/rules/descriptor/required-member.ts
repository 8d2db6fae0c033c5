/**
 * The shared check of R16–R18: a descriptor member that must be present (and, for mediaType and digest, be a
 * string). Absent members are reported on the descriptor object (the pointer of the object that lacks them, as
 * the schema check reports them too), wrongly typed ones on their value.
 */
import { descriptorsOf } from "../../documents/descriptors.js";
import { getMember } from "../../json/access.js";
import type { JsonNode } from "../../json/node.js";
import type { RuleContext } from "../rule.js";
import { descriptorName } from "./describe.js";

export function checkRequiredMember(context: RuleContext, member: string, type?: JsonNode["type"]): void {
  for (const ref of descriptorsOf(context.document)) {
    const value = getMember(ref.node, member);
    if (value === undefined) {
      context.report({
        message: `${descriptorName(ref)} has no "${member}"; it is required.`,
        node: ref.node,
      });
    } else if (type && value.type !== type) {
      context.report({
        message: `"${member}" must be a ${type}, not ${value.type === "null" ? "null" : `a ${value.type}`}.`,
        node: value,
      });
    }
  }
}
