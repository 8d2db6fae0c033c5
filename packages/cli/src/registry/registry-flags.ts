/**
 * The options every registry command shares (--plain-http, --insecure, --timeout, --retries), declared apart
 * from the client they configure so that start-up does not load the client.
 */
import { Option, type Command } from "commander";

export type RegistryCliOptions = {
  plainHttp?: boolean;
  insecure?: boolean;
  timeout: string;
  retries: string;
};

export function addRegistryOptions(command: Command): Command {
  return command
    .option("--plain-http", "talk http instead of https (local registries)")
    .option("--insecure", "accept TLS certificates that do not verify (self-signed local registries)")
    .addOption(new Option("--timeout <seconds>", "deadline for each request, body included").default("30"))
    .addOption(
      new Option("--retries <n>", "retries after 429, 5xx, timeouts and broken connections").default("3"),
    );
}
