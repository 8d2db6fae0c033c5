import type { Rule } from "../rule.js";
import { isObject } from "../../json/access.js";
import { createdDateFindings } from "./created-dates.js";

export const createdRule: Rule = {
  id: "R81",
  key: "oc.created",
  severity: "error",
  formats: ["OC"],
  kinds: ["oci-config"],
  summary: "`created` and every `history[].created` must be an RFC 3339 date-time.",
  docs:
    "Creation times are RFC 3339 § 5.6 date-times such as `2015-10-31T22:22:56.015925234Z`: a `T` between " +
    "date and time, seconds always written, `Z` or a `±hh:mm` offset. Go decodes these members into " +
    "`time.Time`, so a config with any other spelling fails to load in Go-based tools. Go is even stricter than " +
    "RFC 3339: it refuses a leap second (`:60`) and a lower-case `t` or `z`, which this rule reports as a " +
    "warning. `null` counts as absent.",
  source:
    "image-spec config.md (created, history created); schema/config-schema.json `format: date-time`; Go time.Time JSON decoding in specs-go v1.Image",
  check(context) {
    const root = context.document.root;
    if (!isObject(root)) return;
    for (const finding of createdDateFindings(root)) context.report(finding);
  },
};
