import { describe, expect, it } from "vitest";
import { ruleMarkdown, specLink } from "../src/editor/rule-help.js";

describe("rule hovers", () => {
  it("link image-spec and distribution-spec pages and nothing else", () => {
    expect(specLink("image-spec descriptor.md § Properties (`size` *int64*)")).toBe(
      "https://github.com/opencontainers/image-spec/blob/v1.1.1/descriptor.md",
    );
    expect(specLink("distribution-spec spec.md § Pushing Manifests")).toBe(
      "https://github.com/opencontainers/distribution-spec/blob/main/spec.md",
    );
    expect(specLink("moby/buildkit exporter/containerimage/attestations.go")).toBeNull();
  });

  it("show key, id, summary, docs and the linked source", () => {
    const markdown = ruleMarkdown({
      id: "R20",
      key: "desc.size-nonnegative",
      summary: "A descriptor's size is a non-negative integer.",
      docs: "Clients compare the byte count they read with it.",
      source: "image-spec descriptor.md § Properties",
    });
    expect(markdown.split("\n\n")).toEqual([
      "**desc.size-nonnegative** (R20): A descriptor's size is a non-negative integer.",
      "Clients compare the byte count they read with it.",
      "Source: [image-spec descriptor.md § Properties](https://github.com/opencontainers/image-spec/blob/v1.1.1/descriptor.md)",
    ]);
  });
});
