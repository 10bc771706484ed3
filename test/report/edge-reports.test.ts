// Annual reports at the edges the province fixture does not reach: a year worse than the last (a negative change),
// a previous year with a group that could not be computed, a small report with nothing below target, no sector,
// no deadline and no warning, and a previous report that does not fit.
import { describe, expect, it } from "vitest";
import {
  adaptPlan,
  annualReportCsv,
  annualReportMarkdown,
  annualReportOpenSdgCsv,
  annualReportSvg,
  buildAnnualReport,
  type Unit,
  type UnitTallyInput,
} from "../../src/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";
import { csvField } from "../../src/report/annual/csv.js";
import { input, plan } from "../fixtures/province.js";
import { refusal } from "../helpers/issues.js";

describe("a year worse than the last", () => {
  // Last year's tallies are this year's, and the other way round: every change is a loss.
  const previous = buildAnnualReport(plan, input(2025), { year: 2024, asOf: "2025-01-10" });
  const report = buildAnnualReport(plan, input(2024), { year: 2025, asOf: "2026-01-15", previous });

  it("shows a negative change with its sign, exactly", () => {
    const changes = report.indicators.map((i) => i.change);
    expect(changes.some((c) => c?.percentagePoints.startsWith("-"))).toBe(true);
    for (const c of changes) {
      if (c === null) continue;
      expect(c.percentagePoints).toMatch(/^([-+]\d+\.\d\d|0\.00)$/);
      expect(c.sinceYear).toBe(2024);
    }
    for (const locale of ["vi", "en"] as const) {
      expect(annualReportMarkdown(report, { locale }), locale).toMatchSnapshot();
    }
    // Open SDG rows: last year's value where there is a change, this year's overall and per group.
    const sdg = annualReportOpenSdgCsv(report);
    expect(sdg).toMatchSnapshot();
    expect(sdg).toContain("2024,");
  });
});

const units: Unit[] = [
  { id: "tinh", kind: "local-government", tier: "province", name: "Tỉnh" },
  { id: "xa", kind: "local-government", tier: "commune", parent: "tinh" },
];
const t = (unitId: string, poolWomen: number, poolTotal: number): UnitTallyInput => ({
  unitId,
  keyLeaders: { women: 2, total: 4 },
  planningPool: { women: poolWomen, total: poolTotal, womenTrained: poolWomen },
});
// An empty list in a patch changes nothing of a list keyed by id: each duty is removed by name.
const small = adaptPlan(hungYen53, {
  id: "small",
  reportingDuties: hungYen53.reportingDuties.map((d) => ({ id: d.id, $remove: true as const })),
} as never);

describe("a small report", () => {
  const data = (poolTotal: number) => ({
    units,
    keyLeaders: "heads-and-deputies" as const,
    tallies: [t("tinh", Math.min(9, poolTotal), poolTotal), t("xa", Math.min(9, poolTotal), poolTotal)],
  });

  it("with nothing below target, no sector, no deadline and no warning, says so", () => {
    const report = buildAnnualReport(small, data(10), { year: 2025, asOf: "2026-01-15" });
    expect(report.deadlines).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.indicators.map((i) => i.overall.status)).toEqual(["met", "met", "met"]);
    expect(report.indicators.every((i) => i.unitsBelowTarget.length === 0)).toBe(true);
    // Units with no sector are one group, "(none)".
    expect(report.indicators.every((i) => i.bySector.every((g) => g.key === "(none)"))).toBe(true);
    for (const locale of ["vi", "en"] as const) {
      expect(annualReportMarkdown(report, { locale }), locale).toMatchSnapshot();
      expect(annualReportCsv(report, { locale }), locale).toMatchSnapshot();
    }
  });

  it("has no change for a group that could not be computed last year", () => {
    const previous = buildAnnualReport(small, data(0), { year: 2024, asOf: "2025-01-10" });
    const pool = previous.indicators.find((i) => i.id === "women-in-planning-pool");
    expect(pool?.overall.status).toBe("not-computable");
    const report = buildAnnualReport(small, data(10), { year: 2025, asOf: "2026-01-15", previous });
    const now = report.indicators.find((i) => i.id === "women-in-planning-pool");
    expect(now?.overall.status).not.toBe("not-computable");
    expect(now?.change).toBeNull();
    expect(report.previousYear).toBe(2024);
    // And the other way round: computable last year, not this year.
    const back = buildAnnualReport(small, data(0), {
      year: 2025,
      asOf: "2026-01-15",
      previous: buildAnnualReport(small, data(10), { year: 2024, asOf: "2025-01-10" }),
    });
    expect(back.indicators.find((i) => i.id === "women-in-planning-pool")?.change).toBeNull();
  });

  it("draws a group that could not be computed as a dash, and leaves it out of the Open SDG table", () => {
    const report = buildAnnualReport(small, data(0), { year: 2025, asOf: "2026-01-15" });
    for (const locale of ["vi", "en"] as const) {
      const svg = annualReportSvg(report, { locale, indicator: "women-in-planning-pool" });
      expect(svg, locale).toMatchSnapshot();
      expect(svg).toContain(">—</text>");
    }
    const sdg = annualReportOpenSdgCsv(report);
    expect(sdg).toMatchSnapshot();
    expect(sdg).not.toContain("women-in-planning-pool");
  });

  it("refuses an indicator to draw that is not there or has no number, naming those it could draw", () => {
    const report = buildAnnualReport(small, data(10), { year: 2025, asOf: "2026-01-15" });
    const values = "agencies-with-female-key-leader, women-in-planning-pool, trained-women-in-planning-pool";
    expect(refusal(() => annualReportSvg(report, { indicator: "nope" }))).toEqual({
      error: "InvalidInputError",
      issues: [
        {
          code: "argument.one-of",
          path: ["options", "indicator"],
          params: { path: "options.indicator", value: "nope", values },
        },
      ],
    });
    const national = buildAnnualReport(national2282, data(10), { year: 2025, asOf: "2026-01-15" });
    const qualitative = national.indicators.find((i) => i.measure === "qualitative");
    expect(qualitative).toBeDefined();
    expect(refusal(() => annualReportSvg(national, { indicator: qualitative?.id as string }))).toMatchObject({
      issues: [{ code: "argument.one-of", params: { value: qualitative?.id } }],
    });
    expect(annualReportOpenSdgCsv(national)).not.toContain(qualitative?.id as string);
  });

  it("refuses a previous report of another plan or of a year not before, naming both", () => {
    const mine = buildAnnualReport(small, data(10), { year: 2024, asOf: "2025-01-10" });
    const other = buildAnnualReport(plan, input(2024), { year: 2024, asOf: "2025-01-10" });
    const params = (p: string, y: number) => ({ plan: p, year: y, expectedPlan: "small", before: 2024 });
    expect(
      refusal(() => buildAnnualReport(small, data(10), { year: 2024, asOf: "2025-01-10", previous: mine })),
    ).toEqual({
      error: "InvalidInputError",
      issues: [
        { code: "report.previous-mismatch", path: ["options", "previous"], params: params("small", 2024) },
      ],
    });
    expect(
      refusal(() => buildAnnualReport(small, data(10), { year: 2024, asOf: "2025-01-10", previous: other })),
    ).toEqual({
      error: "InvalidInputError",
      issues: [
        { code: "report.previous-mismatch", path: ["options", "previous"], params: params(plan.id, 2024) },
      ],
    });
    expect(
      buildAnnualReport(small, data(10), { year: 2025, asOf: "2026-01-10", previous: mine }).previousYear,
    ).toBe(2024);
  });
});

describe("a chart", () => {
  it("places a milestone with one decimal at its exact hundredths, and a value it cannot read at zero", () => {
    const mine = { document: "9/KH-UBND", clause: "I.1" };
    const precise = adaptPlan(plan, {
      indicators: [
        { id: "women-in-planning-pool", milestones: [{ year: 2025, target: "62.5%", citation: mine }] },
      ],
    });
    const report = buildAnnualReport(precise, input(2025), { year: 2025, asOf: "2026-01-15" });
    const svg = annualReportSvg(report, { locale: "en", indicator: "women-in-planning-pool" });
    const axis = Number(/<line x1="(\d+)"/.exec(svg)?.[1]);
    // 62.50% of a 440-pixel bar: 275 pixels right of the axis.
    expect(svg).toContain(`<line x1="${axis + 275}"`);
    expect(svg).toContain("62.5%");
    const unreadable = {
      ...report,
      indicators: report.indicators.map((i) =>
        i.overall.status === "not-computable"
          ? i
          : { ...i, overall: { ...i.overall, value: { ...i.overall.value, percent: "n/a" } } },
      ),
    };
    const drawn = annualReportSvg(unreadable, { locale: "en", indicator: "women-in-planning-pool" });
    expect(drawn).toContain(`<rect x="${axis}" y="46" width="0"`);
    expect(drawn).toContain("n/a%");
  });
});

describe("a CSV field", () => {
  it.each([
    ["plain", "plain"],
    ['a "quoted" word', '"a ""quoted"" word"'],
    ["a, b", '"a, b"'],
    [" lead", '" lead"'],
    ["trail ", '"trail "'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["-1", "'-1"],
    ["@x", "'@x"],
  ])("%j is written %s", (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it("keeps a number a number: no formula guard on a count or a percentage", () => {
    expect(csvField(-1, { text: false })).toBe("-1");
    expect(csvField("-0.50", { text: false })).toBe("-0.50");
  });
});
