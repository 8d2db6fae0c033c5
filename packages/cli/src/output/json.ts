/** `--format json`: the contract's report, exactly (contract §3); the core renders it for the playground too. */
export { renderJson } from "@ocilens/core";
