/**
 * Docker schema 2 documents (manifest and manifest list) MUST carry their exact top-level `mediaType`: unlike
 * OCI, it is the only thing that tells them apart from the OCI formats (distribution refuses anything else,
 * even an empty value). The fix adds the member when it is missing and corrects letter case.
 */
import type { RuleContext } from "../rule.js";
import { isObject, memberOf } from "../../json/access.js";
import { appendMember, replaceValue } from "../edits.js";
import { missingMember } from "../oci-config/missing-member.js";

export function checkExactMediaType(context: RuleContext, expected: string, what: string): void {
  const root = context.document.root;
  if (!isObject(root)) return;
  const member = memberOf(root, "mediaType");
  if (member?.value.type === "string" && member.value.value === expected) return; // the common case
  const quoted = JSON.stringify(expected);
  const subject = `${/^[aeiou]/i.test(what) ? "An" : "A"} ${what}`;
  if (!member) {
    context.report({
      ...missingMember(
        root,
        "mediaType",
        `${subject} must declare \`"mediaType": ${quoted}\`; without it the document is indistinguishable from an OCI one.`,
      ),
      fix: {
        title: `Add "mediaType": ${quoted}`,
        edits: [appendMember(context.document.text, root, "mediaType", quoted)],
      },
    });
    return;
  }
  const value = member.value;
  const caseVariant = value.type === "string" && value.value.toLowerCase() === expected.toLowerCase();
  context.report({
    node: value,
    message:
      value.type === "string"
        ? `${subject} must have mediaType ${quoted}, not ${JSON.stringify(value.value)}.`
        : `${subject} must have mediaType ${quoted}.`,
    ...(caseVariant
      ? { fix: { title: `Write the media type as ${quoted}`, edits: [replaceValue(value, quoted)] } }
      : {}),
  });
}
