// Every text the library writes for a reader, pinned in both languages on inputs that take every branch: a plan
// summary of each preset, an evaluation and its deadlines as text, and an annual report with sector adjustments
// (explicit with its justification, capped, proportional), last year's report, submissions on time and late,
// units missing, a rejected tally, units out of scope, a lapsed tier, a central unit and unnamed units. A changed
// word, a lost line or a wrong branch is a diff of a snapshot; the checks beside them say what must hold.
import { describe, expect, it } from "vitest";
import {
  adaptPlan,
  annualReportCsv,
  annualReportHtml,
  annualReportMarkdown,
  annualReportOpenSdgCsv,
  annualReportSvg,
  buildAnnualReport,
  deadlinesText,
  evaluate,
  evaluationText,
  planSummary,
  reportingCalendar,
} from "../../src/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";
import { input, plan } from "../fixtures/province.js";

const LOCALES = ["vi", "en"] as const;

describe("planSummary of each preset", () => {
  for (const locale of LOCALES) {
    it(`Plan 53 (${locale}), before and after the reform of 2025`, () => {
      const before = planSummary(hungYen53, { locale, asOf: "2025-01-01" });
      const after = planSummary(hungYen53, { locale, asOf: "2026-11-26" });
      const undated = planSummary(hungYen53, { locale });
      expect(before).toMatchSnapshot();
      expect(after).toMatchSnapshot();
      expect(undated).toMatchSnapshot();
      expect(after).not.toBe(before);
    });
    it(`Decision 2282 (${locale})`, () => {
      expect(planSummary(national2282, { locale, asOf: "2026-11-26" })).toMatchSnapshot();
    });
  }

  it("writes what a plan has and leaves out what it lacks", () => {
    // An empty list in a patch changes nothing of a list keyed by id or number: each element is removed by name.
    const bare = adaptPlan(hungYen53, {
      id: "bare",
      legalBasis: hungYen53.legalBasis.map((b) => ({ number: b.number, $remove: true as const })),
      reportingDuties: hungYen53.reportingDuties.map((d) => ({ id: d.id, $remove: true as const })),
      settings: { adjustment: { bySector: { police: { policy: "capAtWorkforceShare" } } } },
    } as never);
    expect(bare.legalBasis).toEqual([]);
    expect(bare.reportingDuties).toEqual([]);
    for (const locale of LOCALES) expect(planSummary(bare, { locale }), locale).toMatchSnapshot();
  });
});

const previous = buildAnnualReport(plan, input(2024), { year: 2024, asOf: "2025-01-10" });
const report = buildAnnualReport(plan, input(2025), {
  year: 2025,
  asOf: "2026-01-15",
  previous,
  submissions: [
    { dutyId: "provincial-units-annual-report", year: 2025, by: "so-y-te", submittedAt: "2025-11-12" },
    { dutyId: "provincial-units-annual-report", year: 2025, by: "cong-an", submittedAt: "2025-11-20" },
  ],
});

describe("an annual report that takes every branch", () => {
  it("has what the snapshots below show", () => {
    const first = report.indicators[0];
    expect(
      first?.bySector.some(
        (g) => (g as { adjustment?: { policy: string } }).adjustment?.policy === "explicit",
      ),
    ).toBe(true);
    expect(
      first?.bySector.some(
        (g) => (g as { adjustment?: { policy: string } }).adjustment?.policy === "capAtWorkforceShare",
      ),
    ).toBe(true);
    expect(first?.change).not.toBeNull();
    expect(report.coverage.rejected.map((r) => r.unitId)).toEqual(["huyen", "bo", "xa-c"]);
    expect(report.coverage.missing.map((u) => u.id)).toEqual(["xa-b", "xa-c"]); // a unit whose tally is rejected has not reported
    expect(report.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining([
        "warning.lapsed-tier",
        "warning.central-outside-plan",
        "warning.units-missing",
      ]),
    );
  });
  for (const locale of LOCALES) {
    it(`Markdown (${locale})`, () => expect(annualReportMarkdown(report, { locale })).toMatchSnapshot());
    it(`HTML (${locale})`, () => expect(annualReportHtml(report, { locale })).toMatchSnapshot());
    it(`SVG (${locale}), every indicator and one`, () => {
      expect(annualReportSvg(report, { locale })).toMatchSnapshot();
      expect(annualReportSvg(report, { locale, indicator: "women-in-planning-pool" })).toMatchSnapshot();
    });
    it(`CSV (${locale})`, () => expect(annualReportCsv(report, { locale })).toMatchSnapshot());
  }
  it("Open SDG CSV", () => expect(annualReportOpenSdgCsv(report)).toMatchSnapshot());

  it("the evaluation and the year's deadlines as text", () => {
    const e = evaluate(plan, input(2025), { year: 2025, asOf: "2026-01-15", unitResults: true });
    const d = reportingCalendar(plan, {
      from: 2025,
      to: 2026,
      asOf: "2025-11-18",
      submissions: [
        { dutyId: "provincial-units-annual-report", year: 2025, by: "so-y-te", submittedAt: "2025-11-12" },
      ],
    });
    for (const locale of LOCALES) {
      expect(evaluationText(e, { locale }), locale).toMatchSnapshot();
      expect(evaluationText(e, { locale, maxGroups: 1 }), locale).toMatchSnapshot();
      expect(deadlinesText(d, { locale }), locale).toMatchSnapshot();
    }
    expect(deadlinesText([], { locale: "en" })).toMatchSnapshot();
  });

  it("a report of the national Programme, with its qualitative target", () => {
    const national = buildAnnualReport(national2282, input(2025), { year: 2025, asOf: "2026-01-15" });
    expect(national.indicators.some((i) => i.measure === "qualitative")).toBe(true);
    for (const locale of LOCALES) {
      expect(annualReportMarkdown(national, { locale }), locale).toMatchSnapshot();
      expect(annualReportSvg(national, { locale }), locale).toMatchSnapshot();
    }
  });
});
