/**
 * What a document's name says about it, the way the CLI reads a file's role: the `oci-layout` file of an
 * image layout is a layout header whatever its content looks like. Anything else is detected by the core.
 */
import type { Expectation } from "@ocilens/core";

export function expectationOf(name: string): Expectation | undefined {
  return name === "oci-layout" || name.endsWith("/oci-layout") ? "oci-layout-header" : undefined;
}
