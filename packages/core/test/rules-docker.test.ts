import { describe, expect, it } from "vitest";
import { MEDIA_TYPES, validateDocument, type Kind, type ValidationDiagnostic } from "../src/index.js";
import { applyEdits } from "../src/rules/edits.js";
import { corpus } from "./support/corpus.js";
import { braceAfter, rangeOf, valueAfter } from "./support/locate.js";

const DIGEST_A = `sha256:${"a".repeat(64)}`;
const DIGEST_B = `sha256:${"b".repeat(64)}`;

const layer = (mediaType: string = MEDIA_TYPES.dockerLayerTarGzip, extra: Record<string, unknown> = {}) => ({
  mediaType,
  size: 2,
  digest: DIGEST_B,
  ...extra,
});

/** A Docker schema 2 manifest with `extra` merged over it (undefined removes a member). */
function manifest(extra: Record<string, unknown> = {}): string {
  const document: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.dockerManifest,
    config: { mediaType: MEDIA_TYPES.dockerConfig, size: 1, digest: DIGEST_A },
    layers: [layer()],
    ...extra,
  };
  return JSON.stringify(document, null, 2);
}

function list(extra: Record<string, unknown> = {}, entry: Record<string, unknown> = {}): string {
  const document = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.dockerManifestList,
    manifests: [
      {
        mediaType: MEDIA_TYPES.dockerManifest,
        size: 3,
        digest: DIGEST_A,
        platform: { architecture: "amd64", os: "linux" },
        ...entry,
      },
    ],
    ...extra,
  };
  return JSON.stringify(document, null, 2);
}

function findings(text: string, rule: string, kind: Kind): ValidationDiagnostic[] {
  return validateDocument(text, { expect: kind }).diagnostics.filter(
    (diagnostic) => diagnostic.rule === rule,
  );
}

function only(text: string, rule: string, kind: Kind): ValidationDiagnostic {
  const found = findings(text, rule, kind);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("dm.mediatype (R93) and dl.mediatype (R100) — H12: no guessing without mediaType", () => {
  it("accept the exact media types", () => {
    expect(findings(manifest(), "dm.mediatype", "docker-manifest")).toEqual([]);
    expect(findings(list(), "dl.mediatype", "docker-manifest-list")).toEqual([]);
  });

  it("report a missing mediaType on the opening brace; the fix adds it", () => {
    const text = manifest({ mediaType: undefined });
    const finding = only(text, "dm.mediatype", "docker-manifest");
    expect(finding).toMatchObject({ severity: "error", pointer: "", range: braceAfter(text, "{") });
    const fixed = applyEdits(text, finding.fix!.edits);
    expect(JSON.parse(fixed).mediaType).toBe(MEDIA_TYPES.dockerManifest);
    expect(findings(fixed, "dm.mediatype", "docker-manifest")).toEqual([]);
  });

  it("report another media type on its value, with a fix only for a letter-case variant", () => {
    const oci = list({ mediaType: MEDIA_TYPES.ociIndex });
    const wrong = only(oci, "dl.mediatype", "docker-manifest-list");
    expect(wrong).toMatchObject({ pointer: "/mediaType", range: rangeOf(oci, `"${MEDIA_TYPES.ociIndex}"`) });
    expect(wrong.fix).toBeUndefined();
    const upper = MEDIA_TYPES.dockerManifestList.replace("docker", "Docker");
    const cased = list({ mediaType: upper });
    const finding = only(cased, "dl.mediatype", "docker-manifest-list");
    expect(applyEdits(cased, finding.fix!.edits)).toBe(list());
  });
});

describe("dm.config (R94) and dm.layers (R95)", () => {
  it("accept a config descriptor and a layers array, even an empty one", () => {
    expect(findings(manifest(), "dm.config", "docker-manifest")).toEqual([]);
    expect(findings(manifest({ layers: [] }), "dm.layers", "docker-manifest")).toEqual([]);
  });

  it("report missing members on the brace and wrong types on the value", () => {
    const noConfig = manifest({ config: undefined });
    expect(only(noConfig, "dm.config", "docker-manifest")).toMatchObject({
      pointer: "",
      range: braceAfter(noConfig, "{"),
    });
    const stringConfig = manifest({ config: "sha256:x" });
    expect(only(stringConfig, "dm.config", "docker-manifest")).toMatchObject({
      pointer: "/config",
      range: valueAfter(stringConfig, '"config": ', '"sha256:x"'),
    });
    const badLayers = manifest({ layers: [layer(), "x"] });
    expect(only(badLayers, "dm.layers", "docker-manifest")).toMatchObject({
      pointer: "/layers/1",
      range: rangeOf(badLayers, '"x"'),
    });
  });
});

describe("dm.config-mediatype (R96) — H17: real Docker Hub content", () => {
  it("accepts the Docker config and plugin types", () => {
    expect(findings(manifest(), "dm.config-mediatype", "docker-manifest")).toEqual([]);
    const plugin = manifest({
      config: { mediaType: MEDIA_TYPES.dockerPluginConfig, size: 1, digest: DIGEST_A },
    });
    expect(findings(plugin, "dm.config-mediatype", "docker-manifest")).toEqual([]);
  });

  it("warns (never errs) on application/octet-stream, keeping the document valid", () => {
    const text = manifest({ config: { mediaType: MEDIA_TYPES.octetStream, size: 1, digest: DIGEST_A } });
    const report = validateDocument(text, { expect: "docker-manifest" });
    const finding = report.diagnostics.find((d) => d.rule === "dm.config-mediatype");
    expect(finding).toMatchObject({
      severity: "warning",
      pointer: "/config/mediaType",
      range: rangeOf(text, `"${MEDIA_TYPES.octetStream}"`),
    });
    expect(report.valid).toBe(true);
  });
});

describe("dm.layer-mediatypes (R97) — H7: mixing Docker and OCI types", () => {
  it("accepts the four Docker layer types", () => {
    const text = manifest({
      layers: [
        layer(MEDIA_TYPES.dockerLayerTarGzip),
        layer(MEDIA_TYPES.dockerLayerTar),
        layer(MEDIA_TYPES.dockerForeignLayerTarGzip, { urls: ["https://example.com/l"] }),
        layer(MEDIA_TYPES.dockerForeignLayerTar, { urls: ["https://example.com/l"] }),
      ],
    });
    expect(findings(text, "dm.layer-mediatypes", "docker-manifest")).toEqual([]);
  });

  it("warns on an OCI layer type, and fixes it when Docker has the same format", () => {
    const text = manifest({
      layers: [layer(MEDIA_TYPES.ociLayerTarGzip), layer(MEDIA_TYPES.ociLayerTarZstd)],
    });
    const found = findings(text, "dm.layer-mediatypes", "docker-manifest");
    expect(found.map((d) => [d.pointer, d.severity, d.range])).toEqual([
      ["/layers/0/mediaType", "warning", rangeOf(text, `"${MEDIA_TYPES.ociLayerTarGzip}"`)],
      ["/layers/1/mediaType", "warning", rangeOf(text, `"${MEDIA_TYPES.ociLayerTarZstd}"`)],
    ]);
    expect(found[1]!.fix).toBeUndefined();
    const fixed = applyEdits(text, found[0]!.fix!.edits);
    expect(JSON.parse(fixed).layers[0].mediaType).toBe(MEDIA_TYPES.dockerLayerTarGzip);
    expect(findings(fixed, "dm.layer-mediatypes", "docker-manifest")).toHaveLength(1);
  });
});

describe("dm.foreign-layers (R98)", () => {
  it("says nothing about ordinary layers", () => {
    expect(findings(manifest(), "dm.foreign-layers", "docker-manifest")).toEqual([]);
  });

  it("warns on foreign layers, saying when urls are missing", () => {
    const text = manifest({
      layers: [
        layer(MEDIA_TYPES.dockerForeignLayerTarGzip, { urls: ["https://example.com/l"] }),
        layer(MEDIA_TYPES.dockerForeignLayerTar),
      ],
    });
    const found = findings(text, "dm.foreign-layers", "docker-manifest");
    expect(found.map((d) => [d.pointer, d.severity, d.range])).toEqual([
      ["/layers/0/mediaType", "warning", rangeOf(text, `"${MEDIA_TYPES.dockerForeignLayerTarGzip}"`)],
      ["/layers/1/mediaType", "warning", rangeOf(text, `"${MEDIA_TYPES.dockerForeignLayerTar}"`)],
    ]);
    expect(found[1]!.message).toContain("without urls");
  });
});

describe("dm.oci-only-fields (R99) — H7", () => {
  it("accepts urls on Docker layers and list entries without OCI members", () => {
    const text = manifest({
      layers: [layer(MEDIA_TYPES.dockerLayerTarGzip, { urls: ["https://example.com/l"] })],
    });
    expect(findings(text, "dm.oci-only-fields", "docker-manifest")).toEqual([]);
    expect(findings(list(), "dm.oci-only-fields", "docker-manifest-list")).toEqual([]);
  });

  it("warns on OCI-only members of a manifest on their names; the fix removes the member", () => {
    const text = manifest({
      config: {
        mediaType: MEDIA_TYPES.dockerConfig,
        size: 1,
        digest: DIGEST_A,
        urls: ["https://example.com/c"],
      },
      layers: [layer(MEDIA_TYPES.dockerLayerTarGzip, { annotations: { a: "b" } })],
      artifactType: "application/x",
    });
    const found = findings(text, "dm.oci-only-fields", "docker-manifest");
    expect(found.map((d) => [d.pointer, d.range])).toEqual([
      ["/config/urls", rangeOf(text, '"urls"')],
      ["/layers/0/annotations", rangeOf(text, '"annotations"')],
      ["/artifactType", rangeOf(text, '"artifactType"')],
    ]);
    const fixed = applyEdits(text, found[2]!.fix!.edits);
    expect(JSON.parse(fixed)).not.toHaveProperty("artifactType");
    expect(findings(fixed, "dm.oci-only-fields", "docker-manifest")).toHaveLength(2);
  });

  it("warns on urls of a manifest-list entry", () => {
    const text = list({}, { urls: ["https://example.com/m"] });
    expect(only(text, "dm.oci-only-fields", "docker-manifest-list")).toMatchObject({
      severity: "warning",
      pointer: "/manifests/0/urls",
      range: rangeOf(text, '"urls"'),
    });
  });
});

describe("dl.manifests (R101)", () => {
  it("accepts an array of entries", () => {
    expect(findings(list(), "dl.manifests", "docker-manifest-list")).toEqual([]);
  });

  it("reports a missing manifests, and entries that are not objects", () => {
    const missing = list({ manifests: undefined });
    expect(only(missing, "dl.manifests", "docker-manifest-list")).toMatchObject({
      severity: "error",
      pointer: "",
    });
    const text = JSON.stringify(
      { schemaVersion: 2, mediaType: MEDIA_TYPES.dockerManifestList, manifests: [null] },
      null,
      2,
    );
    expect(only(text, "dl.manifests", "docker-manifest-list")).toMatchObject({
      pointer: "/manifests/0",
      range: rangeOf(text, "null"),
    });
  });
});

describe("dl.platform (R102)", () => {
  it("accepts entries with a platform", () => {
    expect(findings(list(), "dl.platform", "docker-manifest-list")).toEqual([]);
  });

  it("warns on an entry without platform, on its brace", () => {
    const text = list({}, { platform: undefined });
    expect(only(text, "dl.platform", "docker-manifest-list")).toMatchObject({
      severity: "warning",
      pointer: "/manifests/0",
      range: braceAfter(text, '"manifests": [\n    {'),
    });
  });

  it("leaves a platform that is not an object, null included, to the error platform.required", () => {
    for (const platform of [null, "linux/amd64"]) {
      const text = list({}, { platform });
      const diagnostics = validateDocument(text, { expect: "docker-manifest-list" }).diagnostics;
      expect(
        diagnostics
          .filter((diagnostic) => diagnostic.pointer.startsWith("/manifests/0"))
          .map(({ rule, severity, pointer, range }) => ({ rule, severity, pointer, range })),
      ).toEqual([
        {
          rule: "platform.required",
          severity: "error",
          pointer: "/manifests/0/platform",
          range: rangeOf(text, JSON.stringify(platform)),
        },
      ]);
    }
  });

  it("owns the list's entries: an image entry without platform gets this one warning, not desc.platform-recommended too", () => {
    for (const mediaType of [MEDIA_TYPES.dockerManifest, MEDIA_TYPES.ociManifest]) {
      const text = list({}, { mediaType, platform: undefined });
      const diagnostics = validateDocument(text, { expect: "docker-manifest-list" }).diagnostics;
      expect(
        diagnostics
          .filter((diagnostic) => diagnostic.pointer === "/manifests/0")
          .map(({ rule, severity }) => [rule, severity]),
      ).toEqual([["dl.platform", "warning"]]);
    }
  });
});

describe("dc.structure (R103) and dc.docker-fields (R104)", () => {
  const dockerConfig = (extra: Record<string, unknown> = {}) =>
    JSON.stringify(
      { architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [DIGEST_A] }, ...extra },
      null,
      2,
    );

  it("accept a Docker config with layers and RFC 3339 times, with no Docker-only members", () => {
    const text = dockerConfig({ created: "2016-06-10T18:44:31.784795904Z" });
    expect(findings(text, "dc.structure", "docker-config")).toEqual([]);
    expect(findings(text, "dc.docker-fields", "docker-config")).toEqual([]);
  });

  it("warn (not err) on a created time that is not RFC 3339", () => {
    const text = dockerConfig({ created: "2016-06-10" });
    const report = validateDocument(text, { expect: "docker-config" });
    expect(report.diagnostics.filter((d) => d.rule === "dc.structure")).toMatchObject([
      { severity: "warning", pointer: "/created", range: rangeOf(text, '"2016-06-10"') },
    ]);
    expect(report.diagnostics.some((d) => d.rule === "oc.created")).toBe(false);
    expect(report.valid).toBe(true);
  });

  it("warn at each Env entry that is not NAME=value (the schema's finding: right key, the entry's range)", () => {
    const text = dockerConfig({ config: { Env: ["A=b", "NOEQ", "=x"] } });
    const report = validateDocument(text, { expect: "docker-config" });
    expect(
      report.diagnostics
        .filter((d) => d.pointer.startsWith("/config/Env"))
        .map(({ rule, severity, pointer, range }) => ({ rule, severity, pointer, range })),
    ).toEqual([
      { rule: "dc.structure", severity: "warning", pointer: "/config/Env/1", range: rangeOf(text, '"NOEQ"') },
      { rule: "dc.structure", severity: "warning", pointer: "/config/Env/2", range: rangeOf(text, '"=x"') },
    ]);
  });

  it("note Docker-only members once per object, at the first one", () => {
    const text = dockerConfig({
      container: "x",
      docker_version: "1.10.3",
      config: { Hostname: "h", Image: "i" },
    });
    const found = findings(text, "dc.docker-fields", "docker-config");
    expect(found.map((d) => [d.pointer, d.severity, d.range, d.message])).toEqual([
      [
        "/container",
        "info",
        rangeOf(text, '"container"'),
        "Docker-only members (tolerated): container, docker_version.",
      ],
      [
        "/config/Hostname",
        "info",
        rangeOf(text, '"Hostname"'),
        "Docker-only members in config (tolerated): Hostname, Image.",
      ],
    ]);
  });
});

describe("Docker documents of the upstream corpus", () => {
  const mine = /^(dm|dl|dc)\./;
  const docker = corpus.filter((entry) =>
    ["docker-manifest", "docker-list", "docker-config"].includes(entry.format),
  );
  for (const entry of docker) {
    it(`${entry.name}: ${entry.valid ? "valid" : entry.ruleKeys.join(", ")}`, () => {
      const expect_ = entry.format === "docker-list" ? "docker-manifest-list" : entry.format;
      const report = validateDocument(entry.bytes, { expect: expect_ });
      expect(report.valid).toBe(entry.valid);
      const reported = new Set(report.diagnostics.map((d) => d.rule));
      const expected = [...entry.warningKeys, ...(entry.valid ? [] : entry.ruleKeys)].filter((key) =>
        mine.test(key),
      );
      for (const key of expected) expect(reported).toContain(key);
      const warned = [...reported].filter(
        (key) => mine.test(key) && report.diagnostics.some((d) => d.rule === key && d.severity !== "info"),
      );
      expect(warned.sort()).toEqual([...new Set(expected)].sort());
    });
  }
});
