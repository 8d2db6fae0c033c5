import type { Command } from "commander";
import { Option } from "commander";
import type { PlatformOptions } from "./platform-action.js";

export function registerPlatform(program: Command): void {
  program
    .command("platform")
    .description(
      "parse platform specifiers as containerd does (also crane's os/arch:osversion and regctl's ,osver=) and print them normalized",
    )
    .argument(
      "<specs...>",
      "platform specifiers, e.g. linux/aarch64, armhf, windows/amd64,osver=10.0.20348.1",
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (specs: string[], options: PlatformOptions) => {
      const { runPlatform } = await import("./platform-action.js");
      runPlatform(specs, options);
    });
}
