// Annual reports at the edges the province fixture does not reach: a year worse than the last (a negative change),
// a previous year with a group that could not be computed, a small report with nothing below target, no sector,
// no deadline and no warning, and a previous report that does not fit.
import { describe, expect, it } from "vitest";
import {
  adaptPlan,
  annualReportCsv,
  annualReportMarkdown,
  buildAnnualReport,
  type Unit,
  type UnitTallyInput,
} from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";
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
