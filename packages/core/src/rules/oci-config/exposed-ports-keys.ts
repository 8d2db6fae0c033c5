import type { Rule } from "../rule.js";
import { getMember, isObject } from "../../json/access.js";
import { executionConfig } from "./fields.js";

/** `port`, `port/tcp` or `port/udp`, port 0–65535. */
const PORT_KEY = /^(\d{1,5})(?:\/(?:tcp|udp))?$/;

function isPortKey(key: string): boolean {
  const match = PORT_KEY.exec(key);
  return match !== null && Number(match[1]) <= 65535;
}

export const exposedPortsKeysRule: Rule = {
  id: "R86",
  key: "oc.exposedports-keys",
  severity: "info",
  formats: ["OC", "DC"],
  kinds: ["oci-config", "docker-config"],
  summary: "`ExposedPorts` keys take the forms `port/tcp`, `port/udp` or `port`.",
  docs:
    "Each key of `config.ExposedPorts` names one port: `8080/tcp`, `53/udp`, or a bare `8080` meaning tcp. " +
    "Other spellings (ranges, service names, other protocols such as Docker's `sctp`) are outside the OCI " +
    "definition and other tools may ignore them.",
  source: "image-spec config.md § ExposedPorts",
  check(context) {
    const root = context.document.root;
    const ports = getMember(isObject(root) ? executionConfig(root) : undefined, "ExposedPorts");
    if (!isObject(ports)) return;
    for (const member of ports.members) {
      if (isPortKey(member.name)) continue;
      context.report({
        node: member.value,
        range: member.nameRange,
        message: `ExposedPorts key "${member.name}" is not of the form port, port/tcp or port/udp.`,
      });
    }
  },
};
