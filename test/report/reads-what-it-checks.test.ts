// A renderer given a value that is not the library's result answers with the library's error, never a TypeError
// and never a text built from a field it could not read. The law checked here, field by field: break any one
// field of a real result (an object where a value was, a number where an object was), and the renderer either
// refuses, naming a path under its argument, or writes exactly what it wrote before (it does not read that field).
import { describe, expect, it } from "vitest";
import {
  annualReportCsv,
  annualReportHtml,
  annualReportMarkdown,
  annualReportOpenSdgCsv,
  annualReportSvg,
  buildAnnualReport,
  deadlinesText,
  evaluate,
  evaluationText,
  reportingCalendar,
} from "../../src/index.js";
import { input, plan } from "../fixtures/province.js";
import { refusal } from "../helpers/issues.js";

type Path = (string | number)[];

/** Every path in a JSON value, containers and leaves alike (the root excepted). */
function allPaths(value: unknown, at: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...at, k], ...allPaths(v, [...at, k])]);
}

/** One path for each place in the shape (list indexes aside): the first element of a list stands for the rest. */
function paths(value: unknown): Path[] {
  const seen = new Set<string>();
  return allPaths(value).filter((p) => {
    const shape = p.map((k) => (typeof k === "number" ? "#" : k)).join(".");
    if (seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}

/** A copy with the value at `path` replaced by one of another kind (only the containers on the path copied). */
function broken(value: unknown, path: Path): unknown {
  const [k, ...rest] = path as [string | number, ...Path];
  const node = value as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  const old = node[k];
  copy[k] =
    rest.length > 0 ? broken(old, rest) : typeof old === "object" && old !== null ? 5 : { bogus: true };
  return copy;
}

/**
 * Refused under `root`, or the same text as before. `shownAsGiven`: the paths of fields the renderer writes as
 * it finds them (the annual report's list of settings), where a changed value is a changed text.
 */
function readsOnlyWhatItChecks(
  render: (v: unknown) => string,
  value: unknown,
  root: string,
  shownAsGiven: (path: Path) => boolean = () => false,
): void {
  const before = render(value);
  for (const path of paths(value)) {
    if (shownAsGiven(path)) {
      expect(() => render(broken(value, path)), path.join(".")).not.toThrow(TypeError);
      continue;
    }
    const outcome = refusal(
      () => render(broken(value, path)),
      (text) => text,
    );
    if (typeof outcome === "string") expect(outcome, path.join(".")).toBe(before);
    else {
      const { issues } = outcome as { issues: { path: Path }[] };
      expect(issues.length, path.join(".")).toBeGreaterThan(0);
      for (const i of issues) expect(i.path[0], path.join(".")).toBe(root);
    }
  }
}

const evaluation = evaluate(plan, input(2025), { year: 2025, asOf: "2026-01-15" });
const deadlines = reportingCalendar(plan, {
  from: 2025,
  to: 2025,
  asOf: "2025-11-18",
  submissions: [
    { dutyId: "provincial-units-annual-report", year: 2025, by: "so-y-te", submittedAt: "2025-11-12" },
  ],
});
const report = buildAnnualReport(plan, input(2025), { year: 2025, asOf: "2026-01-15" });

describe("a renderer reads only what it checks", () => {
  it("evaluationText", () => {
    readsOnlyWhatItChecks((v) => evaluationText(v as never, { locale: "en" }), evaluation, "evaluation");
  });
  it("deadlinesText", () => {
    readsOnlyWhatItChecks((v) => deadlinesText(v as never, { locale: "en" }), deadlines, "deadlines");
  });
  it("the annual report's Markdown and CSV", () => {
    readsOnlyWhatItChecks(
      (v) => annualReportMarkdown(v as never, { locale: "en" }) + annualReportCsv(v as never),
      report,
      "report",
      (path) => path[0] === "settings",
    );
  });
});

describe("a renderer refuses", () => {
  const polluted = (value: unknown) => {
    const copy = structuredClone(value) as Record<string, unknown>;
    return JSON.parse(JSON.stringify(copy).replace(/^\{/, '{"__proto__": {"x": 1},'));
  };
  it("a polluting key anywhere, before reading", () => {
    for (const [render, value, root] of [
      [(v: unknown) => evaluationText(v as never), evaluation, "evaluation"],
      [(v: unknown) => deadlinesText([v] as never), deadlines[0], "deadlines"],
      [(v: unknown) => annualReportMarkdown(v as never), report, "report"],
      [(v: unknown) => annualReportHtml(v as never), report, "report"],
      [(v: unknown) => annualReportSvg(v as never), report, "report"],
      [(v: unknown) => annualReportOpenSdgCsv(v as never), report, "report"],
    ] as const) {
      expect(refusal(() => render(polluted(value)))).toMatchObject({
        error: "InvalidInputError",
        issues: [{ path: expect.arrayContaining([root, "__proto__"]) }],
      });
    }
  });

  it("what is not a result, every issue under the argument's name", () => {
    for (const [render, root] of [
      [(v: unknown) => evaluationText(v as never), "evaluation"],
      [(v: unknown) => deadlinesText(v as never), "deadlines"],
      [(v: unknown) => annualReportMarkdown(v as never), "report"],
      [(v: unknown) => annualReportCsv(v as never), "report"],
    ] as const) {
      for (const value of [{}, { indicators: 5 }, 5]) {
        const outcome = refusal(() => render(value)) as { issues: { path: Path }[] };
        expect(outcome.issues.length).toBeGreaterThan(0);
        for (const i of outcome.issues) expect(i.path[0]).toBe(root);
      }
    }
  });

  it("options that are not an object, or a locale no one knows, and writes Vietnamese by default", () => {
    expect(refusal(() => evaluationText(evaluation, 5 as never))).toMatchObject({
      issues: [{ code: "argument.type", path: ["options"] }],
    });
    expect(refusal(() => deadlinesText(deadlines, { locale: "fr" as never }))).toMatchObject({
      issues: [{ code: "argument.one-of", path: ["options", "locale"] }],
    });
    expect(evaluationText(evaluation)).toBe(evaluationText(evaluation, { locale: "vi" }));
    expect(evaluationText(evaluation)).not.toBe(evaluationText(evaluation, { locale: "en" }));
  });
});
