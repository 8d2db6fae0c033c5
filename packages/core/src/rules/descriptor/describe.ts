/** How descriptor findings name the descriptor they are about. */
import type { DescriptorRef } from "../../documents/descriptors.js";

const ROLE_NAMES: Record<DescriptorRef["role"], string> = {
  config: "The config descriptor",
  layer: "This layer descriptor",
  manifest: "This index entry",
  subject: "The subject descriptor",
  descriptor: "The descriptor",
};

export function descriptorName(ref: DescriptorRef): string {
  return ROLE_NAMES[ref.role];
}
