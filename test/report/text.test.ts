import { describe, expect, it } from "vitest";
import {
  adaptPlan,
  deadlinesText,
  evaluate,
  evaluationText,
  planSummary,
  reportingCalendar,
} from "../../src/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";

describe("planSummary", () => {
  it("states each target by year with its clause, in Vietnamese by default", () => {
    const text = planSummary(hungYen53);
    expect(text).toContain("Kế hoạch 53/KH-UBND — Ủy ban nhân dân tỉnh Hưng Yên, ban hành ngày 25/03/2022");
    expect(text).toContain("2025: 60%, 2030: 75% [53/KH-UBND I.1.1]");
    expect(text).toContain("trước ngày 15/11 (ngày cuối đúng hạn: 14/11)");
    expect(text).toContain("văn bản không quy định ngày [53/KH-UBND IV.1.b]");
  });

  it("writes English on request and marks duties no longer in force on asOf", () => {
    const text = planSummary(hungYen53, { locale: "en", asOf: "2026-11-26" });
    expect(text).toContain("before 15/11 (last on-time day: 14/11)");
    expect(text).toContain("(in force until 2025-06-30) [53/KH-UBND IV.6.a; paraphrase]");
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
    expect(planSummary(plan, { locale: "en", asOf: "2028-01-01" })).toContain("last on-time day: 29/2"); // leap year
    expect(text).toContain("last on-time day: 31/12");
    expect(text).toContain("by 5/12 (inclusive)");
  });
});

describe("evaluationText", () => {
  const units = [
    { id: "tinh", kind: "local-government", tier: "province", sector: "government" },
    { id: "so-a", kind: "state-agency", tier: "province", sector: "police" },
    { id: "xa-b", kind: "local-government", tier: "commune" },
  ] as const;
  const tallies = [
    {
      unitId: "tinh",
      keyLeaders: { women: 1, total: 4 },
      planningPool: { women: 3, total: 10, womenTrained: 1 },
    },
    {
      unitId: "so-a",
      keyLeaders: { women: 0, total: 3 },
      planningPool: { women: 0, total: 0, womenTrained: 0 },
    },
  ];
  const result = evaluate(hungYen53, { units: [...units], tallies }, { year: 2025, asOf: "2026-01-15" });

  it("states value, target, status and what is missing, in Vietnamese with decimal commas", () => {
    const text = evaluationText(result);
    expect(text).toContain(
      "Đánh giá năm 2025 theo 53/KH-UBND (số liệu ngày 31/12/2025, lập ngày 15/01/2026)",
    );
    expect(text).toContain(
      "33,33% (1/3) — chỉ tiêu 60,00%: CHƯA ĐẠT, không đạt mốc; thiếu 1 đơn vị có lãnh đạo chủ chốt là nữ",
    );
    expect(text).toContain(
      "30,00% (3/10) — chỉ tiêu 40,00%: CHƯA ĐẠT, không đạt mốc; thiếu 1 người nữ nếu thay thế người đang có, hoặc 2 người nữ nếu bổ sung",
    );
    expect(text).toContain("cần đào tạo thêm 2 người nữ trong diện quy hoạch");
    expect(text).toContain("chưa báo cáo: xa-b");
    const empty = evaluate(
      hungYen53,
      { units: [units[1]], tallies: [tallies[1] as never] },
      { year: 2025, asOf: "2026-01-15" },
    );
    expect(evaluationText(empty)).toContain("KHÔNG TÍNH ĐƯỢC (lý do: empty-planning-pool)");
  });

  it("writes English, and limits the groups listed", () => {
    const text = evaluationText(result, { locale: "en", maxGroups: 1 });
    expect(text).toContain(
      "33.33% (1/3) — target 60.00%: BELOW, milestone missed; 1 more unit needs a female key leader",
    );
    expect(text).toContain("Women among all key leaders: 14.29% (1/7)");
    expect(text).toMatch(/… \+\d+/);
    expect(text).toContain("not reporting: xa-b");
  });

  it("says when everything is met and nobody is missing", () => {
    const all = evaluate(
      hungYen53,
      {
        units: [units[0]],
        tallies: [
          {
            unitId: "tinh",
            keyLeaders: { women: 2, total: 4 },
            planningPool: { women: 5, total: 10, womenTrained: 5 },
          },
        ],
      },
      { year: 2025, asOf: "2026-01-15" },
    );
    const text = evaluationText(all, { locale: "en" });
    expect(text).toContain("MET, milestone met");
    expect(text).toContain("not reporting: none");
    expect(text).not.toContain("Groups below target");
    expect(evaluationText(all)).toContain("chưa báo cáo: không");
  });

  it("marks an unreachable add reading", () => {
    const full = adaptPlan(hungYen53, {
      indicators: [
        {
          id: "women-in-planning-pool",
          milestones: [{ year: 2025, target: "100%", citation: { document: "x", clause: "y" } }],
        },
      ],
    });
    const e = evaluate(
      full,
      { units: [units[0]], tallies: [{ ...tallies[0] }] as never },
      { year: 2025, asOf: "2026-01-15" },
    );
    expect(evaluationText(e, { locale: "en" })).toContain(
      "7 more women replacing others, or unreachable by adding",
    );
    expect(evaluationText(e)).toContain("không thể đạt");
  });
});

describe("deadlinesText", () => {
  it("lists each deadline with its last on-time day, status, days left and clause", () => {
    const text = deadlinesText(reportingCalendar(hungYen53, { from: 2026, to: 2026, asOf: "2026-11-10" }), {
      locale: "en",
    });
    expect(text).toContain("Reporting deadlines (status on 2026-11-10)");
    expect(text).toContain(
      "last on-time day 2026-11-14 — upcoming, 4 days left (3 working days) [53/KH-UBND IV.6.b]",
    );
    expect(text).toContain("no day given in the text — no deadline set [53/KH-UBND IV.1.b]");
  });

  it("writes Vietnamese, late days, and roll-forward", () => {
    const late = deadlinesText(reportingCalendar(hungYen53, { from: 2026, to: 2026, asOf: "2026-11-20" }));
    expect(late).toContain("hạn cuối 14/11/2026 — quá hạn, trễ 6 ngày (5 ngày làm việc)");
    const inclusive = adaptPlan(hungYen53, {
      reportingDuties: [
        {
          id: "provincial-units-annual-report",
          schedule: { kind: "annual", due: { month: 11, day: 15, inclusive: true } },
          citation: { document: "1/KH-UBND", clause: "IV" },
        },
      ],
      settings: { deadlineRollForward: "next-working-day" },
    });
    const rolled = deadlinesText(reportingCalendar(inclusive, { from: 2026, to: 2026, asOf: "2026-11-01" }), {
      locale: "en",
    });
    expect(rolled).toContain("last on-time day 2026-11-16 (rolled forward to the next working day)");
    expect(deadlinesText([])).toBe("Thời hạn báo cáo\n  (không có thời hạn nào trong khoảng này)");
    expect(deadlinesText([], { locale: "en" })).toBe("Reporting deadlines\n  (no deadline in this range)");
  });
});
