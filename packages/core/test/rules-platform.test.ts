import { describe, expect, it } from "vitest";
import type { JsonObject } from "../src/json/node.js";
import { readJson } from "../src/json/read.js";
import { appendMember, applyEdits, removeMember } from "../src/rules/edits.js";
import { braceAfter, rangeOf } from "./support/locate.js";
import { diagnosticsOf } from "./validate-support.js";

const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const DIGEST_A = `sha256:${"a".repeat(64)}`;
const DIGEST_B = `sha256:${"b".repeat(64)}`;

/** An OCI index (pretty-printed, two-space indent) whose entries carry the given platforms. */
function indexWith(...platforms: unknown[]): string {
  const manifests = platforms.map((platform, position) => ({
    mediaType: OCI_MANIFEST,
    digest: position % 2 ? DIGEST_B : DIGEST_A,
    size: 100 + position,
    ...(platform === undefined ? {} : { platform }),
  }));
  return JSON.stringify(
    { schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests },
    null,
    2,
  );
}

describe("platform.required (R29)", () => {
  it("accepts a platform with string architecture and os", () => {
    expect(diagnosticsOf(indexWith({ architecture: "amd64", os: "linux" }), "platform.required")).toEqual([]);
  });

  it("reports a missing architecture on the platform's opening brace", () => {
    const text = indexWith({ os: "linux" });
    const [finding, ...rest] = diagnosticsOf(text, "platform.required");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "error", pointer: "/manifests/0/platform" });
    expect(finding!.range).toEqual(braceAfter(text, '"platform": {'));
  });

  it("reports a null platform and a numeric os on the values", () => {
    expect(diagnosticsOf(indexWith(null), "platform.required")).toMatchObject([
      { pointer: "/manifests/0/platform" },
    ]);
    const text = indexWith({ architecture: "amd64", os: 7 });
    const [finding] = diagnosticsOf(text, "platform.required");
    expect(finding).toMatchObject({ pointer: "/manifests/0/platform/os", range: rangeOf(text, "7") });
  });
});

describe("platform.field-types (R30)", () => {
  it("accepts string variant/os.version and string arrays", () => {
    const platform = {
      architecture: "arm",
      os: "linux",
      variant: "v7",
      "os.version": "1",
      "os.features": ["a"],
    };
    expect(diagnosticsOf(indexWith(platform), "platform.field-types")).toEqual([]);
  });

  it("reports a numeric variant and a non-string os.features entry", () => {
    const text = indexWith({ architecture: "arm", os: "linux", variant: 7, "os.features": ["ok", false] });
    const found = diagnosticsOf(text, "platform.field-types");
    expect(found.map((d) => d.pointer)).toEqual([
      "/manifests/0/platform/variant",
      "/manifests/0/platform/os.features/1",
    ]);
    expect(found[0]!.range).toEqual(rangeOf(text, "7"));
    expect(found[1]!.range).toEqual(rangeOf(text, "false"));
  });
});

describe("platform.os-value (R31)", () => {
  it("accepts GOOS values, and unknown/unknown", () => {
    expect(diagnosticsOf(indexWith({ architecture: "amd64", os: "wasip1" }), "platform.os-value")).toEqual(
      [],
    );
    expect(diagnosticsOf(indexWith({ architecture: "unknown", os: "unknown" }), "platform.os-value")).toEqual(
      [],
    );
  });

  it("reports macos with a fix to darwin", () => {
    const text = indexWith({ architecture: "arm64", os: "macos" });
    const [finding] = diagnosticsOf(text, "platform.os-value");
    expect(finding).toMatchObject({ severity: "warning", pointer: "/manifests/0/platform/os" });
    expect(finding!.range).toEqual(rangeOf(text, '"macos"'));
    expect(applyEdits(text, finding!.fix!.edits)).toBe(text.replace('"macos"', '"darwin"'));
  });

  it("reports a non-GOOS value without a fix, also in an image config", () => {
    const config = JSON.stringify({
      architecture: "sun4m",
      os: "sunos",
      rootfs: { type: "layers", diff_ids: [] },
    });
    const [finding] = diagnosticsOf(config, "platform.os-value", { expect: "oci-config" });
    expect(finding).toMatchObject({ pointer: "/os" });
    expect(finding!.fix).toBeUndefined();
  });
});

describe("platform.arch-value (R32)", () => {
  it("accepts GOARCH values", () => {
    expect(diagnosticsOf(indexWith({ architecture: "loong64", os: "linux" }), "platform.arch-value")).toEqual(
      [],
    );
  });

  it("rewrites aarch64 to arm64 and x86_64 to amd64, touching only the value", () => {
    const text = indexWith({ architecture: "aarch64", os: "linux" }, { architecture: "x86_64", os: "linux" });
    const found = diagnosticsOf(text, "platform.arch-value");
    expect(found.map((d) => d.pointer)).toEqual([
      "/manifests/0/platform/architecture",
      "/manifests/1/platform/architecture",
    ]);
    expect(found[0]!.range).toEqual(rangeOf(text, '"aarch64"'));
    expect(found[0]!.fix!.edits).toEqual([{ range: rangeOf(text, '"aarch64"'), text: '"arm64"' }]);
    expect(found[1]!.fix!.edits).toEqual([{ range: rangeOf(text, '"x86_64"'), text: '"amd64"' }]);
  });

  it("writes the variant an alias implies: armel is arm/v6", () => {
    const text = indexWith({ architecture: "armel", os: "linux" });
    const [finding] = diagnosticsOf(text, "platform.arch-value");
    const fixed = JSON.parse(applyEdits(text, finding!.fix!.edits));
    expect(fixed.manifests[0].platform).toEqual({ architecture: "arm", os: "linux", variant: "v6" });
    expect(finding!.fix!.title).toContain("arm/v6");
  });

  it("drops a variant that i386 discards, and reports unknown architectures without a fix", () => {
    const text = indexWith(
      { architecture: "i386", os: "linux", variant: "x" },
      { architecture: "sun4m", os: "linux" },
    );
    const [i386, sun4m] = diagnosticsOf(text, "platform.arch-value");
    expect(JSON.parse(applyEdits(text, i386!.fix!.edits)).manifests[0].platform).toEqual({
      architecture: "386",
      os: "linux",
    });
    expect(sun4m!.fix).toBeUndefined();
  });
});

describe("platform.variant-value (R33)", () => {
  it("accepts table values for every architecture with a row", () => {
    const text = indexWith(
      { architecture: "arm", os: "linux", variant: "v6" },
      { architecture: "arm64", os: "linux", variant: "v8.2" },
      { architecture: "amd64", os: "linux", variant: "v3" },
      { architecture: "ppc64le", os: "linux", variant: "power10" },
      { architecture: "riscv64", os: "linux", variant: "rva23u64" },
    );
    expect(diagnosticsOf(text, "platform.variant-value")).toEqual([]);
  });

  it("fixes armv7 to v7 and reports v5, which the table does not list", () => {
    const text = indexWith(
      { architecture: "arm", os: "linux", variant: "armv7" },
      { architecture: "arm", os: "linux", variant: "v5" },
    );
    const [armv7, v5] = diagnosticsOf(text, "platform.variant-value");
    expect(armv7).toMatchObject({
      pointer: "/manifests/0/platform/variant",
      range: rangeOf(text, '"armv7"'),
    });
    expect(armv7!.fix!.edits).toEqual([{ range: rangeOf(text, '"armv7"'), text: '"v7"' }]);
    expect(v5).toMatchObject({ pointer: "/manifests/1/platform/variant" });
    expect(v5!.fix).toBeUndefined();
  });

  it("reports any variant of an architecture the table has no row for", () => {
    const [finding] = diagnosticsOf(
      indexWith({ architecture: "s390x", os: "linux", variant: "z15" }),
      "platform.variant-value",
    );
    expect(finding!.message).toContain("defines no variants");
  });
});

describe("platform.os-features-values (R34)", () => {
  it("accepts win32k on windows and anything on linux", () => {
    const text = indexWith(
      { architecture: "amd64", os: "windows", "os.features": ["win32k"] },
      { architecture: "amd64", os: "linux", "os.features": ["sse4"] },
    );
    expect(diagnosticsOf(text, "platform.os-features-values")).toEqual([]);
  });

  it("reports an undefined windows feature as info", () => {
    const text = indexWith({ architecture: "amd64", os: "windows", "os.features": ["win32k", "gpu"] });
    const [finding] = diagnosticsOf(text, "platform.os-features-values");
    expect(finding).toMatchObject({
      severity: "info",
      pointer: "/manifests/0/platform/os.features/1",
      range: rangeOf(text, '"gpu"'),
    });
  });
});

describe("platform.features-reserved (R35)", () => {
  const platform = { architecture: "amd64", os: "linux", features: ["sse4"] };

  it("is silent for a Docker manifest list, where features is defined", () => {
    const list = indexWith(platform).replace(
      '"application/vnd.oci.image.index.v1+json"',
      '"application/vnd.docker.distribution.manifest.list.v2+json"',
    );
    expect(diagnosticsOf(list, "platform.features-reserved")).toEqual([]);
  });

  it("reports features in an OCI index at the member name, and the fix removes the member", () => {
    const text = indexWith(platform);
    const [finding] = diagnosticsOf(text, "platform.features-reserved");
    expect(finding).toMatchObject({
      pointer: "/manifests/0/platform/features",
      range: rangeOf(text, '"features"'),
    });
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(JSON.parse(fixed).manifests[0].platform).toEqual({ architecture: "amd64", os: "linux" });
  });
});

describe("platform.unknown-unknown (R36)", () => {
  const unknown = { architecture: "unknown", os: "unknown" };

  it("accepts unknown/unknown on an attestation entry", () => {
    const index = JSON.parse(indexWith({ architecture: "amd64", os: "linux" }, unknown));
    index.manifests[1].annotations = {
      "vnd.docker.reference.type": "attestation-manifest",
      "vnd.docker.reference.digest": DIGEST_A,
    };
    expect(diagnosticsOf(JSON.stringify(index, null, 2), "platform.unknown-unknown")).toEqual([]);
  });

  it("reports unknown/unknown without the attestation annotation (H19)", () => {
    const text = indexWith({ architecture: "amd64", os: "linux" }, unknown);
    const [finding] = diagnosticsOf(text, "platform.unknown-unknown");
    expect(finding).toMatchObject({ severity: "warning", pointer: "/manifests/1/platform" });
    expect(finding!.range.start).toEqual(
      braceAfter(text, '"platform": {', text.lastIndexOf('"platform"')).start,
    );
  });
});

describe("fix edits keep the document's layout", () => {
  const objectOf = (text: string) => readJson(new TextEncoder().encode(text)).root as JsonObject;

  it("appends a member to an empty object and to a one-line object", () => {
    const empty = "{}";
    expect(applyEdits(empty, [appendMember(empty, objectOf(empty), "os", '"linux"')])).toBe(
      '{"os": "linux"}',
    );
    const oneLine = '{"architecture": "arm"}';
    expect(applyEdits(oneLine, [appendMember(oneLine, objectOf(oneLine), "variant", '"v6"')])).toBe(
      '{"architecture": "arm", "variant": "v6"}',
    );
  });

  it("removes the first, a middle and the only member with their commas, also with CRLF line ends", () => {
    const text = '{\r\n  "a": 1,\r\n  "b": 2,\r\n  "c": 3\r\n}';
    const object = objectOf(text);
    expect(JSON.parse(applyEdits(text, [removeMember(object, object.members[0]!)]))).toEqual({ b: 2, c: 3 });
    expect(JSON.parse(applyEdits(text, [removeMember(object, object.members[1]!)]))).toEqual({ a: 1, c: 3 });
    const only = '{"a": 1}';
    const onlyObject = objectOf(only);
    expect(applyEdits(only, [removeMember(onlyObject, onlyObject.members[0]!)])).toBe("{}");
  });
});
