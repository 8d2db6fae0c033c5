import { describe, expect, it } from "vitest";
import { validateDocument, type Kind, type ValidationDiagnostic } from "../src/index.js";
import { applyEdits } from "../src/rules/edits.js";
import { corpus } from "./support/corpus.js";
import { braceAfter, rangeOf, valueAfter } from "./support/locate.js";

const DIFF_ID = `sha256:${"c".repeat(64)}`;

/** A minimal valid image config with `extra` merged over it, pretty-printed with two-space indent. */
function config(extra: Record<string, unknown> = {}, omit: string[] = []): string {
  const base: Record<string, unknown> = {
    architecture: "amd64",
    os: "linux",
    rootfs: { type: "layers", diff_ids: [DIFF_ID] },
    ...extra,
  };
  for (const name of omit) delete base[name];
  return JSON.stringify(base, null, 2);
}

function findings(text: string, rule: string, kind: Kind = "oci-config"): ValidationDiagnostic[] {
  return validateDocument(text, { expect: kind }).diagnostics.filter(
    (diagnostic) => diagnostic.rule === rule,
  );
}

function only(text: string, rule: string, kind: Kind = "oci-config"): ValidationDiagnostic {
  const found = findings(text, rule, kind);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("oc.architecture (R76) and oc.os (R77)", () => {
  it("accept string values", () => {
    expect(findings(config(), "oc.architecture")).toEqual([]);
    expect(findings(config(), "oc.os")).toEqual([]);
  });

  it("report a missing member on the config's opening brace", () => {
    const text = config({}, ["architecture"]);
    expect(only(text, "oc.architecture")).toMatchObject({
      severity: "error",
      pointer: "",
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    });
  });

  it("report a value that is not a string on the value", () => {
    const text = config({ os: 123 });
    expect(only(text, "oc.os")).toMatchObject({
      severity: "error",
      pointer: "/os",
      range: rangeOf(text, "123"),
    });
  });

  it("apply to Docker configs too", () => {
    const text = config({}, ["os"]);
    expect(only(text, "oc.os", "docker-config")).toMatchObject({ severity: "error", pointer: "" });
  });
});

describe("oc.rootfs (R78)", () => {
  it("accepts an object with type and diff_ids", () => {
    expect(findings(config(), "oc.rootfs")).toEqual([]);
  });

  it("reports an absent rootfs, a null rootfs and an absent diff_ids", () => {
    expect(only(config({}, ["rootfs"]), "oc.rootfs")).toMatchObject({ pointer: "", severity: "error" });
    const nullRootfs = config({ rootfs: null });
    expect(only(nullRootfs, "oc.rootfs")).toMatchObject({
      pointer: "/rootfs",
      range: rangeOf(nullRootfs, "null"),
    });
    const noDiffIds = config({ rootfs: { type: "layers" } });
    expect(only(noDiffIds, "oc.rootfs")).toMatchObject({
      pointer: "/rootfs",
      range: braceAfter(noDiffIds, '"rootfs": {'),
      message: "`rootfs.diff_ids` is required but missing.",
    });
  });
});

describe("oc.rootfs-type (R79)", () => {
  it("accepts layers", () => {
    expect(findings(config(), "oc.rootfs-type")).toEqual([]);
  });

  it("reports another value, and its fix writes layers", () => {
    const text = config({ rootfs: { type: "Layers", diff_ids: [DIFF_ID] } });
    const finding = only(text, "oc.rootfs-type");
    expect(finding).toMatchObject({
      severity: "error",
      pointer: "/rootfs/type",
      range: rangeOf(text, '"Layers"'),
    });
    const fixed = applyEdits(text, finding.fix!.edits);
    expect(fixed).toBe(config());
    expect(findings(fixed, "oc.rootfs-type")).toEqual([]);
  });

  it("leaves Docker configs to dc.structure", () => {
    const text = config({ rootfs: { type: "other", diff_ids: [DIFF_ID] } });
    expect(findings(text, "oc.rootfs-type", "docker-config")).toEqual([]);
    expect(only(text, "dc.structure", "docker-config")).toMatchObject({
      severity: "warning",
      pointer: "/rootfs/type",
    });
  });
});

describe("oc.diff-ids (R80)", () => {
  it("accepts an array of digests", () => {
    expect(findings(config(), "oc.diff-ids")).toEqual([]);
  });

  it("reports a non-array and non-string entries; digest strings go to the digest rules", () => {
    const notArray = config({ rootfs: { type: "layers", diff_ids: DIFF_ID } });
    expect(only(notArray, "oc.diff-ids")).toMatchObject({
      pointer: "/rootfs/diff_ids",
      range: rangeOf(notArray, `"${DIFF_ID}"`),
    });
    const text = config({ rootfs: { type: "layers", diff_ids: [7, "sha256:abc"] } });
    expect(only(text, "oc.diff-ids")).toMatchObject({
      pointer: "/rootfs/diff_ids/0",
      range: valueAfter(text, "[\n      ", "7"),
    });
    expect(findings(text, "digest.sha256").map((d) => d.pointer)).toEqual(["/rootfs/diff_ids/1"]);
  });
});

describe("oc.created (R81)", () => {
  it("accepts RFC 3339 date-times with fractions, offsets and a leap day, and null", () => {
    const text = config({
      created: "2015-10-31T22:22:56.015925234Z",
      history: [{ created: "2016-02-29T23:59:59+05:30" }, { created: null }],
      rootfs: { type: "layers", diff_ids: [DIFF_ID, DIFF_ID] },
    });
    expect(findings(text, "oc.created")).toEqual([]);
  });

  it("reports a space instead of T, a non-leap February 29 and a non-string", () => {
    const text = config({
      created: "2015-10-31 22:22:56Z",
      history: [{ created: "2015-02-29T00:00:00Z" }, { created: 5 }],
    });
    const found = findings(text, "oc.created");
    expect(found.map((d) => [d.pointer, d.range])).toEqual([
      ["/created", rangeOf(text, '"2015-10-31 22:22:56Z"')],
      ["/history/0/created", rangeOf(text, '"2015-02-29T00:00:00Z"')],
      ["/history/1/created", valueAfter(text, '"created": ', "5")],
    ]);
    expect(found.every((d) => d.severity === "error")).toBe(true);
  });
});

describe("oc.created (R81): spellings RFC 3339 allows and Go refuses", () => {
  it("warns, without failing the document, on a leap second and a lower-case t", () => {
    const text = config({ created: "2016-12-31T23:59:60Z", history: [{ created: "2016-12-31t23:59:59Z" }] });
    const report = validateDocument(text, { expect: "oci-config" });
    const found = report.diagnostics.filter((d) => d.rule === "oc.created");
    expect(found.map((d) => [d.pointer, d.severity, d.range])).toEqual([
      ["/created", "warning", rangeOf(text, '"2016-12-31T23:59:60Z"')],
      ["/history/0/created", "warning", rangeOf(text, '"2016-12-31t23:59:59Z"')],
    ]);
    expect(found[0]!.message).toContain("Go's time parser");
    expect(report.valid).toBe(true);
  });
});

describe("oc.field-types (R82)", () => {
  it("accepts the defined types, and null for every OPTIONAL member (H11: config null follows the prose)", () => {
    const text = config({
      author: "a",
      variant: null,
      "os.features": ["x"],
      config: null,
      history: [{ author: "a", created_by: "b", comment: "c", empty_layer: false }],
    });
    expect(findings(text, "oc.field-types")).toEqual([]);
    const execution = config({
      config: {
        User: "1:1",
        ExposedPorts: { "80/tcp": {} },
        Env: ["A=b"],
        Entrypoint: null,
        Cmd: ["x"],
        Volumes: { "/v": {} },
        WorkingDir: "/",
        Labels: { "com.example": "x" },
        StopSignal: "SIGTERM",
        ArgsEscaped: null,
      },
    });
    expect(findings(execution, "oc.field-types")).toEqual([]);
    expect(validateDocument(config({ config: null }), { expect: "oci-config" }).valid).toBe(true);
  });

  it("reports each wrongly typed member, item and map value where it is", () => {
    const text = config({
      variant: 7,
      config: { User: 1, Env: [2], Volumes: [], ExposedPorts: { "80/tcp": "x" }, ArgsEscaped: "yes" },
      history: ["x"],
    });
    const found = findings(text, "oc.field-types").map((d) => [d.pointer, d.range, d.severity]);
    expect(found).toEqual([
      ["/variant", valueAfter(text, '"variant": ', "7"), "error"],
      ["/config/User", valueAfter(text, '"User": ', "1"), "error"],
      ["/config/Env/0", valueAfter(text, '"Env": [\n      ', "2"), "error"],
      ["/config/Volumes", valueAfter(text, '"Volumes": ', "[]"), "error"],
      ["/config/ExposedPorts/80~1tcp", valueAfter(text, '"80/tcp": ', '"x"'), "error"],
      ["/config/ArgsEscaped", valueAfter(text, '"ArgsEscaped": ', '"yes"'), "error"],
      ["/history/0", valueAfter(text, '"history": [\n    ', '"x"'), "error"],
    ]);
  });

  it("reports ExposedPorts and Volumes that are not objects once, at the value, in OCI and Docker configs", () => {
    for (const kind of ["oci-config", "docker-config"] as const) {
      const text = config({ config: { ExposedPorts: 80, Volumes: "/data" } });
      const report = validateDocument(text, { expect: kind });
      expect(
        report.diagnostics
          .filter((d) => d.severity === "error")
          .map(({ rule, pointer, range }) => ({ rule, pointer, range })),
      ).toEqual([
        {
          rule: "oc.field-types",
          pointer: "/config/ExposedPorts",
          range: valueAfter(text, '"ExposedPorts": ', "80"),
        },
        {
          rule: "oc.field-types",
          pointer: "/config/Volumes",
          range: valueAfter(text, '"Volumes": ', '"/data"'),
        },
      ]);
    }
  });

  it("names the member in its message", () => {
    const text = config({ config: { Env: [2] } });
    expect(only(text, "oc.field-types").message).toBe("An entry of `Env` must be a string, not a number.");
  });
});

describe("oc.env-format (R83)", () => {
  it("accepts NAME=value, with = and empty values after the first =", () => {
    expect(findings(config({ config: { Env: ["PATH=/bin", "A=", "B=x=y"] } }), "oc.env-format")).toEqual([]);
  });

  it("reports entries without = or without a name", () => {
    const text = config({ config: { Env: ["FOO", "=bar"] } });
    const found = findings(text, "oc.env-format");
    expect(found.map((d) => [d.pointer, d.range])).toEqual([
      ["/config/Env/0", rangeOf(text, '"FOO"')],
      ["/config/Env/1", rangeOf(text, '"=bar"')],
    ]);
    expect(found[1]!.message).toContain("empty variable name");
  });
});

describe("oc.null-optional (R84)", () => {
  it("says nothing when no OPTIONAL member is null", () => {
    expect(findings(config({ config: { Cmd: ["sh"] } }), "oc.null-optional")).toEqual([]);
  });

  it("notes each null OPTIONAL member as info, including the reserved ones", () => {
    const text = config({ config: { Cmd: null, Memory: null } });
    const found = findings(text, "oc.null-optional");
    expect(found.map((d) => [d.pointer, d.severity, d.range])).toEqual([
      ["/config/Cmd", "info", valueAfter(text, '"Cmd": ', "null")],
      ["/config/Memory", "info", valueAfter(text, '"Memory": ', "null")],
    ]);
  });

  it("does not treat a null REQUIRED member as absent", () => {
    const text = config({ architecture: null });
    expect(findings(text, "oc.null-optional")).toEqual([]);
    expect(only(text, "oc.architecture").pointer).toBe("/architecture");
  });
});

describe("oc.reserved-fields (R85)", () => {
  it("says nothing without them", () => {
    expect(findings(config({ config: { User: "x" } }), "oc.reserved-fields")).toEqual([]);
  });

  it("marks ArgsEscaped and the reserved members on their names", () => {
    const text = config({ config: { ArgsEscaped: true, Healthcheck: {} } });
    const found = findings(text, "oc.reserved-fields");
    expect(found.map((d) => [d.pointer, d.severity, d.range])).toEqual([
      ["/config/ArgsEscaped", "info", rangeOf(text, '"ArgsEscaped"')],
      ["/config/Healthcheck", "info", rangeOf(text, '"Healthcheck"')],
    ]);
    expect(found[0]!.message).toContain("deprecated");
  });
});

describe("oc.exposedports-keys (R86)", () => {
  it("accepts port, port/tcp and port/udp", () => {
    const text = config({ config: { ExposedPorts: { "80": {}, "8080/tcp": {}, "53/udp": {} } } });
    expect(findings(text, "oc.exposedports-keys")).toEqual([]);
  });

  it("notes other protocols, ranges and out-of-range ports", () => {
    const text = config({ config: { ExposedPorts: { "132/sctp": {}, "8000-8010": {}, "70000/tcp": {} } } });
    const found = findings(text, "oc.exposedports-keys");
    expect(found.map((d) => [d.pointer, d.severity, d.range])).toEqual([
      ["/config/ExposedPorts/132~1sctp", "info", rangeOf(text, '"132/sctp"')],
      ["/config/ExposedPorts/8000-8010", "info", rangeOf(text, '"8000-8010"')],
      ["/config/ExposedPorts/70000~1tcp", "info", rangeOf(text, '"70000/tcp"')],
    ]);
  });
});

describe("config documents of the upstream corpus", () => {
  const mine = /^(oc|dc)\./;
  for (const entry of corpus.filter((c) => c.format === "oci-config" || c.format === "docker-config")) {
    it(`${entry.name}: ${entry.valid ? "valid" : entry.ruleKeys.join(", ")}`, () => {
      const report = validateDocument(entry.bytes, { expect: entry.format });
      expect(report.valid).toBe(entry.valid);
      const errors = new Set(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.rule));
      if (!entry.valid)
        for (const key of entry.ruleKeys.filter((key) => mine.test(key))) expect(errors).toContain(key);
      // No error of these rules beyond what the corpus expects.
      expect([...errors].filter((key) => mine.test(key) && !entry.ruleKeys.includes(key))).toEqual([]);
    });
  }
});
