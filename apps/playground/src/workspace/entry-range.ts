/** Where an index entry is written, read with the core's position-aware reader. */
import { readDocument, type Range } from "@ocilens/core";

export function entryRange(indexText: string, position: number): Range | undefined {
  return readDocument(indexText).nodeAt(`/manifests/${position}`)?.range;
}
