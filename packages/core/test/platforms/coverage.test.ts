import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeCoverage, ENGINE_IDS, ENGINES, findHost, HOSTS, selectManifest } from "../../src/index.js";
import { attestation, index, platform as p, ZSTD } from "./fixtures.js";

describe("host catalogue", () => {
  it("has unique ids, labels and the machines the playground offers", () => {
    expect(new Set(HOSTS.map((h) => h.id)).size).toBe(HOSTS.length);
    expect(new Set(HOSTS.map((h) => h.label)).size).toBe(HOSTS.length);
    expect(findHost("rpi-3-32bit")?.label).toBe("Raspberry Pi 3 (32-bit)");
    expect(findHost("windows-server-2022")?.platform["os.version"]).toMatch(/^10\.0\.20348\./);
    expect(findHost("nope")).toBeUndefined();
  });
});

describe("analyzeCoverage", () => {
  const typical = index([
    p("linux/amd64"),
    p("linux/arm64/v8"),
    p("linux/arm/v7"),
    p("linux/arm64"),
    attestation(0),
    attestation(1),
  ]);
  const coverage = analyzeCoverage(typical);
  const row = (id: string) => coverage.hosts.find((h) => h.host === id);

  it("gives every host the entry each engine selects on it", () => {
    expect(row("x86-64-v3")?.selections).toEqual({
      containerd: 0,
      "containerd-strict": 0,
      docker: 0,
      "containers-image": 0,
      ggcr: 0,
      regclient: 0,
    });
    expect(row("aws-graviton4")?.selections.containerd).toBe(1);
    expect(row("rpi-3-32bit")?.label).toBe("Raspberry Pi 3 (32-bit)");
  });

  it("lists hosts no engine serves and hosts where engines disagree", () => {
    expect(coverage.unserved).toEqual(expect.arrayContaining(["ibm-z", "power9", "riscv-rva22"]));
    // regclient lets a Windows host take Linux images of its architecture (Docker Desktop's VM); nobody else does.
    expect(row("windows-server-2022")?.selections).toMatchObject({
      regclient: 0,
      containerd: null,
      docker: null,
    });
    expect(coverage.unserved).not.toContain("rpi-2");
    // 32-bit x86 gets nothing from anyone; a Pi Zero (arm/v6) is not served by arm/v7 either.
    expect(coverage.unserved).toEqual(expect.arrayContaining(["x86-32", "rpi-zero"]));
    // A Graviton4 asks containerd-strict for arm64/v8 (DefaultSpec), ggcr for linux/arm64: all agree on position 1.
    expect(row("aws-graviton4")?.agree).toBe(true);
    expect(coverage.disagreements).toEqual(coverage.hosts.filter((h) => !h.agree).map((h) => h.host));
  });

  it("reports a second arm64 entry after arm64/v8 as shadowed", () => {
    expect(coverage.unreachable).toEqual([
      expect.objectContaining({
        position: 3,
        kind: "shadowed",
        reason: expect.stringMatching(/shadowed by position 1/),
      }),
    ]);
  });

  it("calls entries shadowed when their normalized texts are equal, builds and odd spellings alike", () => {
    const kinds = (specs: Parameters<typeof index>[0]) =>
      analyzeCoverage(index(specs)).unreachable.map(({ position, kind }) => [position, kind]);
    // Platforms no machine of the catalogue runs. Builds are told apart by their os.version; aarch64 reads as arm64.
    const build = (version: string) => p("plan9/amd64", { "os.version": version });
    expect(kinds([build("10.0.1.1"), build("10.0.1.2"), build("10.0.1.1"), p("plan9/s390x/z1")])).toEqual([
      [0, "unreachable"],
      [1, "unreachable"],
      [2, "shadowed"],
      [3, "unreachable"],
    ]);
    expect(kinds([p("plan9/s390x/z1"), p("plan9/aarch64/z9"), p("plan9/arm64/z9")])).toEqual([
      [0, "unreachable"],
      [1, "unreachable"],
      [2, "shadowed"],
    ]);
    // An OS written with a parenthesis reads like another OS with an os.version: the texts decide.
    expect(kinds([p("plan9(1)/s390x"), p("plan9/s390x", { "os.version": "1" })])).toEqual([
      [0, "unreachable"],
      [1, "shadowed"],
    ]);
  });

  it("groups attestations under the manifest they describe", () => {
    expect(coverage.attestations).toEqual([
      { position: 4, describes: 0, digest: `sha256:${"0".repeat(64)}` },
      { position: 5, describes: 1, digest: `sha256:${"1".padStart(64, "0")}` },
    ]);
  });

  it("finds disagreements: 386 only, served by containerd's fallback on amd64 machines", () => {
    const c = analyzeCoverage(index([p("linux/386")]));
    const v1 = c.hosts.find((h) => h.host === "x86-64-v1");
    expect(v1?.selections).toMatchObject({
      containerd: 0,
      docker: 0,
      "containerd-strict": null,
      ggcr: null,
      regclient: null,
    });
    expect(c.disagreements).toContain("x86-64-v1");
    expect(c.unserved).not.toContain("x86-64-v1");
  });

  it("marks entries no host reaches, and keeps a zstd twin reachable through containers-image", () => {
    const c = analyzeCoverage(
      index([p("linux/mips64le"), p("linux/amd64"), { platform: p("linux/amd64"), annotations: ZSTD }]),
    );
    expect(c.unreachable.map((u) => [u.position, u.kind])).toEqual([[0, "unreachable"]]);
    expect(c.hosts.find((h) => h.host === "x86-64-v2")?.selections["containers-image"]).toBe(2);
  });

  it("limits engines and hosts when asked", () => {
    const c = analyzeCoverage(typical, { engines: ["ggcr"], hosts: HOSTS.slice(0, 2) });
    expect(c.engines).toEqual(["ggcr"]);
    expect(c.hosts.map((h) => Object.keys(h.selections))).toEqual([["ggcr"], ["ggcr"]]);
  });

  it("keeps nothing of a machine that may change: the catalogue is frozen, a caller's own machine is read anew", () => {
    expect(
      Object.isFrozen(HOSTS) && HOSTS.every((h) => Object.isFrozen(h) && Object.isFrozen(h.platform)),
    ).toBe(true);
    const list = index([p("linux/arm64"), p("linux/amd64")]);
    const machine = { id: "mine", label: "mine", platform: p("linux/arm64") };
    const pick = () =>
      analyzeCoverage(list, { hosts: [machine], engines: ["containerd"] }).hosts[0]?.selections;
    expect(pick()).toEqual({ containerd: 0 });
    machine.platform = p("linux/amd64");
    expect(pick()).toEqual({ containerd: 1 });
    machine.platform.architecture = "arm64";
    expect(pick()).toEqual({ containerd: 0 });
  });
});

describe("analyzeCoverage agrees with selectManifest", () => {
  // Coverage decides entries without explaining them (and only the first of identical ones): whatever it picks
  // must be what a full selection with reasons selects.
  const pool = [
    null,
    p("linux/amd64"),
    p("linux/amd64/v3"),
    p("linux/386"),
    p("linux/arm64/v8"),
    p("linux/aarch64"),
    p("linux/arm64/v8.2"),
    p("linux/arm/v7"),
    p("linux/arm/v6"),
    p("linux/arm"),
    p("linux/amd64", { "os.features": ["sse4"] }),
    p("darwin/arm64"),
    // Several revisions of one build, ordered differently as text and as numbers (Windows' Default() compares text).
    ...["10.0.17763.9", "10.0.17763.10", "10.0.20348.1", "10.0.20348.10", "10.0.20348.02"].map((version) =>
      p("windows/amd64", { "os.version": version }),
    ),
    ...["10.0.26100.5", "10.0.26100.10", "10.0.26100.9", "10.0.26200.1", "10.0", "x"].map((version) =>
      p("windows/amd64", { "os.version": version }),
    ),
    p("windows/amd64"),
  ];
  const entrySpecs = fc.array(
    fc.record({ at: fc.nat(pool.length - 1), zstd: fc.boolean() }).map(({ at, zstd }) => {
      const platform = pool[at] ?? null;
      return zstd ? { platform, annotations: ZSTD } : platform;
    }),
    { maxLength: 24 },
  );

  it("for every machine and engine", () => {
    fc.assert(
      fc.property(entrySpecs, fc.boolean(), (specs, preferGzip) => {
        const built = index(specs);
        const coverage = analyzeCoverage(built, { preferGzip });
        for (const row of coverage.hosts) {
          const host = findHost(row.host)!.platform;
          for (const engine of ENGINE_IDS) {
            const request = ENGINES[engine].requestFor?.(host);
            const selection = request
              ? selectManifest(built, request, { engine, preferGzip })
              : selectManifest(built, host, { engine, preferGzip, implicit: true });
            expect(row.selections[engine]).toBe(selection.selected);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
