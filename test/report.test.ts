import { describe, expect, it } from "vitest";
import { adaptPlan, planSummary } from "../src/index.js";
import { hungYen53, national2282 } from "../src/presets/index.js";

describe("planSummary", () => {
  it("states each target by year with its clause, in Vietnamese by default", () => {
    const text = planSummary(hungYen53);
    expect(text).toContain("Kế hoạch 53/KH-UBND — Ủy ban nhân dân tỉnh Hưng Yên, ban hành ngày 2022-03-25");
    expect(text).toContain("2025: 60%, 2030: 75% [53/KH-UBND I.1.1.1]");
    expect(text).toContain("trước ngày 15/11 (ngày cuối đúng hạn: 14/11)");
    expect(text).toContain("văn bản không quy định ngày [53/KH-UBND IV.1.b]");
  });

  it("writes English on request and marks duties no longer in force on asOf", () => {
    const text = planSummary(hungYen53, { locale: "en", asOf: "2026-11-26" });
    expect(text).toContain("before 15/11 (last on-time day: 14/11)");
    expect(text).toContain("(in force until 2025-06-30) [53/KH-UBND IV.6.a]");
    expect(text).toContain("no day given in the text [53/KH-UBND IV.1.b]");
    expect(planSummary(hungYen53, { locale: "en", asOf: "2024-01-01" })).not.toContain("(in force until");
  });

  it("shows qualitative targets, inclusive days and the day before the first of a month", () => {
    expect(planSummary(national2282, { locale: "en" })).toContain("qualitative, no number");
    const cite = { document: "1/KH-UBND", clause: "IV" };
    const plan = adaptPlan(hungYen53, {
      reportingDuties: [
        {
          id: "provincial-units-annual-report",
          schedule: { kind: "annual", due: { month: 3, day: 1, inclusive: false } },
          citation: cite,
        },
        {
          id: "district-annual-report",
          schedule: { kind: "annual", due: { month: 1, day: 1, inclusive: false } },
          citation: cite,
        },
        {
          id: "home-affairs-report-to-ministry",
          schedule: { kind: "annual", due: { month: 12, day: 5, inclusive: true } },
          citation: cite,
        },
      ],
    });
    const text = planSummary(plan, { locale: "en" });
    expect(text).toContain("last on-time day: 28/2");
    expect(text).toContain("last on-time day: 31/12");
    expect(text).toContain("by 5/12 (inclusive)");
  });
});
