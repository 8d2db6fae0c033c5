/**
 * The `ocilens` command line. Each command lives in its own module under commands/; this file only wires
 * them into one program and maps failures onto the contract's exit codes (0 ok, 1 findings, 2 usage).
 */
import { Command, CommanderError } from "commander";
import { registerDigest } from "./commands/digest.js";
import { registerIndex } from "./commands/index.js";
import { registerInspect } from "./commands/inspect.js";
import { registerLs } from "./commands/ls.js";
import { registerMatrix } from "./commands/matrix.js";
import { registerPlatform } from "./commands/platform.js";
import { registerSelect } from "./commands/select.js";
import { registerValidate } from "./commands/validate.js";
import { EXIT, UsageError } from "./io/exit.js";

const program = new Command("ocilens")
  .description("Inspect, validate and select multi-architecture container images.")
  .version("0.1.0")
  .showHelpAfterError()
  .exitOverride();

registerValidate(program);
registerDigest(program);
registerInspect(program);
registerPlatform(program);
registerSelect(program);
registerMatrix(program);
registerIndex(program);
registerLs(program);

// No top-level await: the bundle is CommonJS, so that bin/ocilens.js can compile it from V8's code cache.
program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // --help and --version end with code 0 through the same path.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (error instanceof UsageError) {
    process.stderr.write(`ocilens: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ocilens: internal error: ${message}\n`);
    process.exitCode = EXIT.usage;
  }
});
