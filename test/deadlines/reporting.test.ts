import { describe, expect, expectTypeOf, it } from "vitest";
import { dateParts, dayNumber, isWorkingDay, nextWorkingDay } from "../../src/calendar/index.js";
import {
  lastOnTimeDate,
  nextDeadline,
  type ReportingDutyLike,
  type ReportingPlanLike,
  reportingCalendar,
} from "../../src/deadlines/index.js";
import {
  calendarDateIn,
  PLAN_53_DOHA_REPORT,
  PLAN_53_UNIT_REPORT,
  reportingPlan,
  rollForward,
} from "../arbitraries/dates.js";
import { fc, test } from "../helpers/prop.js";

const plan53: ReportingPlanLike = {
  period: { start: 2021, end: 2030 },
  reportingDuties: [PLAN_53_UNIT_REPORT, PLAN_53_DOHA_REPORT],
};

const withDue = (
  due: Extract<ReportingDutyLike["schedule"], { kind: "annual" }>["due"],
  extra: Partial<ReportingDutyLike> = {},
): ReportingPlanLike => ({
  period: { start: 2021, end: 2030 },
  reportingDuties: [{ ...PLAN_53_UNIT_REPORT, schedule: { kind: "annual", due }, ...extra }],
});

describe("the shape of a plan", () => {
  it("accepts the plan model's ReportingDuty shape, written with ?: or with zod's ?: T | undefined", () => {
    interface Citation {
      readonly document: string;
      readonly clause: string;
    }
    interface Bilingual {
      readonly vi: string;
      readonly en: string;
    }
    interface DueDay {
      readonly month: number;
      readonly day: number;
      readonly inclusive: boolean;
    }
    interface ReportingDuty {
      readonly id: string;
      readonly name: Bilingual;
      readonly actor: string;
      readonly recipient: string;
      readonly via?: string;
      readonly schedule:
        | { readonly kind: "annual"; readonly due: DueDay | null }
        | { readonly kind: "once"; readonly year: number; readonly due: DueDay | null };
      readonly validFrom?: string;
      readonly validTo?: string;
      readonly citation: Citation;
    }
    type ZodLike = Omit<ReportingDuty, "via" | "validFrom" | "validTo"> & {
      via?: string | undefined;
      validFrom?: string | undefined;
      validTo?: string | undefined;
    };
    expectTypeOf<ReportingDuty>().toExtend<ReportingDutyLike>();
    expectTypeOf<ZodLike>().toExtend<ReportingDutyLike>();
    expectTypeOf<{
      reportingDuties: ReportingDuty[];
      period: { start: number; end: number };
      other: unknown;
    }>().toExtend<ReportingPlanLike>();
    // and at run time: the plan model's duty, as written, is scheduled.
    const duty = PLAN_53_UNIT_REPORT as ZodLike;
    expect(
      reportingCalendar(
        { period: { start: 2021, end: 2030 }, reportingDuties: [duty] },
        { from: 2025, to: 2025, asOf: "2025-01-01" },
      ),
    ).toHaveLength(1);
  });
});

describe("reportingCalendar, Plan 53", () => {
  const all = reportingCalendar(plan53, { from: 2021, to: 2030, asOf: "2026-03-01" });

  it("gives each programme year one unit-report deadline and one undated Sở Nội vụ report", () => {
    expect(all).toHaveLength(20);
    const units = all.filter((d) => d.dutyId === "unit-annual-report");
    expect(units.map((d) => d.lastOnTimeDate)).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030].map((y) => `${y}-11-14`),
    );
    const doha = all.filter((d) => d.dutyId === "doha-annual-report");
    expect(doha.map((d) => [d.year, d.kind, d.lastOnTimeDate, d.status.status])).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030].map((y) => [
        y,
        "no-deadline-set",
        null,
        "no-deadline-set",
      ]),
    );
  });

  it("spells out the 2025 deadline: who, when, the reading, the clause and the state", () => {
    expect(all.find((d) => d.year === 2025 && d.dutyId === "unit-annual-report")).toEqual({
      dutyId: "unit-annual-report",
      actor: "provincial-units",
      recipient: "provincial-peoples-committee",
      via: "department-of-home-affairs",
      name: PLAN_53_UNIT_REPORT.name,
      schedule: "annual",
      year: 2025,
      period: { start: "2025-01-01", end: "2025-12-31" },
      kind: "dated",
      dueAsWritten: "2025-11-14",
      lastOnTimeDate: "2025-11-14",
      rolledForward: false,
      rule: {
        due: { month: 11, day: 15 },
        inclusive: false,
        rollForward: "none",
        rollForwardCitation: null,
        text: {
          vi: "trước ngày 15/11 (hạn cuối là ngày liền trước)",
          en: "before 15/11 (the last on-time day is the day before)",
        },
      },
      citation: { document: "53/KH-UBND", clause: "IV.6.b" },
      status: {
        status: "overdue",
        asOf: "2026-03-01",
        lastOnTimeDate: "2025-11-14",
        submittedOn: null,
        calendarDaysRemaining: null,
        workingDaysRemaining: null,
        // 15/11/2025–1/3/2026: 16 + 31 + 31 + 28 + 1 days; working days 10 (Nov) + 23 (Dec)
        // + 21 (Jan: 1–2 off, Saturday 10 worked) + 15 (Feb: 16–20 Tết) = 69.
        calendarDaysLate: 107,
        workingDaysLate: 69,
      },
      submissions: [],
    });
  });

  it("takes submissions: the duty holder's sets the status, each unit's is listed by unit", () => {
    const plan = {
      period: { start: 2021, end: 2030 },
      reportingDuties: [PLAN_53_UNIT_REPORT, PLAN_53_DOHA_REPORT],
    };
    const [d] = reportingCalendar(plan, {
      from: 2025,
      to: 2025,
      asOf: "2025-12-01",
      submissions: [
        {
          dutyId: PLAN_53_UNIT_REPORT.id,
          year: 2025,
          by: "so-y-te",
          submittedAt: "2025-11-14T23:59:59+07:00",
        },
        { dutyId: PLAN_53_UNIT_REPORT.id, year: 2025, by: "so-noi-vu", submittedAt: "2025-11-15" },
        // after asOf: not yet handed in as of 2025-12-01
        { dutyId: PLAN_53_UNIT_REPORT.id, year: 2025, by: "so-xd", submittedAt: "2025-12-02" },
        { dutyId: PLAN_53_UNIT_REPORT.id, year: 2024, by: "so-y-te", submittedAt: "2024-11-01" },
      ],
    });
    expect(d?.year).toBe(2025);
    expect(d?.status.status).toBe("overdue");
    expect(d?.submissions.map((x) => [x.by, x.status.status, x.status.submittedOn])).toEqual([
      ["so-noi-vu", "late", "2025-11-15"],
      ["so-xd", "overdue", null],
      ["so-y-te", "on-time", "2025-11-14"],
    ]);
    const doha = reportingCalendar(plan, {
      from: 2025,
      to: 2025,
      asOf: "2026-01-05",
      submissions: [{ dutyId: PLAN_53_DOHA_REPORT.id, year: 2025, submittedAt: "2025-12-20" }],
    }).find((x) => x.dutyId === PLAN_53_DOHA_REPORT.id);
    // The text gives no day: nothing to be late for, but the submission is recorded.
    expect(doha?.status).toMatchObject({ status: "no-deadline-set", submittedOn: "2025-12-20" });
  });

  it("refuses a submission for an unknown duty, twice by the same unit, or with a bad date", () => {
    const plan = { period: { start: 2021, end: 2030 }, reportingDuties: [PLAN_53_UNIT_REPORT] };
    const call = (submissions: unknown[]) => () =>
      reportingCalendar(plan, {
        from: 2025,
        to: 2025,
        asOf: "2025-12-01",
        submissions: submissions as never,
      });
    expect(call([{ dutyId: "nope", year: 2025, submittedAt: "2025-11-01" }])).toThrow(
      /submission\.unknown-duty/,
    );
    const twice = { dutyId: PLAN_53_UNIT_REPORT.id, year: 2025, by: "a", submittedAt: "2025-11-01" };
    expect(call([twice, twice])).toThrow(/submission\.duplicate/);
    expect(call([{ ...twice, submittedAt: "2025-11-31" }])).toThrow(/date\.invalid/);
  });

  it("never invents a date for a duty whose text gives none", () => {
    const d = all.find((x) => x.dutyId === "doha-annual-report" && x.year === 2026);
    expect(d).toMatchObject({
      via: null,
      kind: "no-deadline-set",
      dueAsWritten: null,
      lastOnTimeDate: null,
      rolledForward: false,
      rule: { due: null, inclusive: null, text: { en: "the text sets no due day" } },
      citation: { document: "53/KH-UBND", clause: "IV.1.b" },
    });
  });

  it("sorts by year, then date, undated last, then plan order; and is plain JSON", () => {
    expect(all.slice(0, 2).map((d) => d.dutyId)).toEqual(["unit-annual-report", "doha-annual-report"]);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it("keeps to the range and to the programme period", () => {
    expect(
      reportingCalendar(plan53, { from: 2019, to: 2022, asOf: "2022-01-01" }).map((d) => d.year),
    ).toEqual([2021, 2021, 2022, 2022]);
    expect(reportingCalendar(plan53, { from: 2031, to: 2035, asOf: "2031-01-01" })).toEqual([]);
    expect(() => reportingCalendar(plan53, { from: 2026, to: 2025, asOf: "2026-01-01" })).toThrow(
      /\[period\.reversed\]/,
    );
    expect(() =>
      reportingCalendar(
        { ...plan53, period: { start: 2030, end: 2021 } },
        { from: 2021, to: 2030, asOf: "2026-01-01" },
      ),
    ).toThrow(/period\.reversed/);
  });
});

describe("the readings of “trước ngày 15/11” and roll-forward", () => {
  const one = (plan: ReportingPlanLike, year: number, roll: "none" | "next-working-day" = "none") =>
    reportingCalendar(plan, { from: year, to: year, asOf: `${year}-01-01`, rollForward: roll })[0];

  it("reads “before 15/11” as 14/11 and “by 15/11” as 15/11", () => {
    expect(lastOnTimeDate({ month: 11, day: 15, inclusive: false }, 2025)).toBe("2025-11-14");
    expect(lastOnTimeDate({ month: 11, day: 15, inclusive: true }, 2025)).toBe("2025-11-15");
    expect(lastOnTimeDate({ month: 1, day: 1, inclusive: false }, 2026)).toBe("2025-12-31");
    expect(lastOnTimeDate({ month: 3, day: 1, inclusive: false }, 2028)).toBe("2028-02-29");
  });

  it("moves a Sunday deadline (15/11/2026, inclusive) to Monday 16/11 only with roll-forward", () => {
    const inclusive = withDue({ month: 11, day: 15, inclusive: true });
    expect(one(inclusive, 2026)).toMatchObject({
      dueAsWritten: "2026-11-15",
      lastOnTimeDate: "2026-11-15",
      rolledForward: false,
    });
    expect(one(inclusive, 2026, "next-working-day")).toMatchObject({
      dueAsWritten: "2026-11-15",
      lastOnTimeDate: "2026-11-16",
      rolledForward: true,
      rule: {
        rollForward: "next-working-day",
        rollForwardCitation: { document: "91/2015/QH13", clause: "148(5)" },
        text: {
          en: "by 15/11 (the day itself is on time); a deadline on a day off moves to the next working day (Civil Code 2015, art. 148(5))",
        },
      },
    });
  });

  it("moves Saturday 14/11/2026 (exclusive reading) to Monday 16/11 with roll-forward", () => {
    expect(one(plan53, 2026, "next-working-day")).toMatchObject({
      dueAsWritten: "2026-11-14",
      lastOnTimeDate: "2026-11-16",
    });
    expect(one(plan53, 2025, "next-working-day")).toMatchObject({
      lastOnTimeDate: "2025-11-14",
      rolledForward: false,
    });
  });

  it("rolls over holidays too: 2/9/2026 (National Day) to 3/9, 17/2/2026 (Tết) to 23/2", () => {
    expect(
      one(withDue({ month: 9, day: 2, inclusive: true }), 2026, "next-working-day")?.lastOnTimeDate,
    ).toBe("2026-09-03");
    expect(
      one(withDue({ month: 2, day: 18, inclusive: false }), 2026, "next-working-day")?.lastOnTimeDate,
    ).toBe("2026-02-23");
  });

  it("refuses due days that do not exist every year", () => {
    for (const due of [
      { month: 2, day: 29, inclusive: false },
      { month: 4, day: 31, inclusive: true },
      { month: 13, day: 1, inclusive: true },
      { month: 11, day: 0, inclusive: true },
    ]) {
      expect(() => one(withDue(due), 2025), JSON.stringify(due)).toThrow(
        /\[(due-day\.invalid|too_small|too_big)\]/,
      );
    }
  });
});

describe("validity and one-off duties", () => {
  it("drops a district duty after the districts were abolished on 2025-07-01", () => {
    const districts = withDue({ month: 11, day: 15, inclusive: false }, { validTo: "2025-06-30" });
    expect(
      reportingCalendar(districts, { from: 2021, to: 2030, asOf: "2026-01-01" }).map((d) => d.year),
    ).toEqual([2021, 2022, 2023, 2024]);
    const communes = withDue({ month: 11, day: 15, inclusive: false }, { validFrom: "2025-07-01" });
    expect(
      reportingCalendar(communes, { from: 2021, to: 2030, asOf: "2026-01-01" }).map((d) => d.year),
    ).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it("judges validity on the literal day, before any roll-forward", () => {
    const until = withDue({ month: 11, day: 15, inclusive: true }, { validTo: "2026-11-15" });
    const r = reportingCalendar(until, {
      from: 2026,
      to: 2026,
      asOf: "2026-01-01",
      rollForward: "next-working-day",
    });
    expect(r.map((d) => d.lastOnTimeDate)).toEqual(["2026-11-16"]);
  });

  it("keeps an undated duty in every year it was in force on some day", () => {
    const doha = {
      ...plan53,
      reportingDuties: [{ ...PLAN_53_DOHA_REPORT, validFrom: "2023-12-31", validTo: "2025-01-01" }],
    };
    expect(reportingCalendar(doha, { from: 2021, to: 2030, asOf: "2026-01-01" }).map((d) => d.year)).toEqual([
      2023, 2024, 2025,
    ]);
  });

  it("gives a one-off duty its year only, with no stated period", () => {
    const review: ReportingDutyLike = {
      ...PLAN_53_UNIT_REPORT,
      id: "mid-term-review",
      schedule: { kind: "once", year: 2025, due: { month: 12, day: 31, inclusive: true } },
    };
    const plan = {
      ...plan53,
      reportingDuties: [review, { ...review, id: "late", schedule: { ...review.schedule, year: 2035 } }],
    };
    const r = reportingCalendar(plan, { from: 2021, to: 2030, asOf: "2025-12-01" });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({
      dutyId: "mid-term-review",
      schedule: "once",
      year: 2025,
      period: null,
      lastOnTimeDate: "2025-12-31",
      status: { status: "upcoming", calendarDaysRemaining: 30 },
    });
  });
});

describe("nextDeadline", () => {
  it("finds the deadline of the day itself, then next year's", () => {
    expect(nextDeadline(plan53, "2025-11-14")).toMatchObject({
      year: 2025,
      lastOnTimeDate: "2025-11-14",
      status: { status: "due-today" },
    });
    expect(nextDeadline(plan53, "2025-11-14T12:00:00+07:00")?.status.status).toBe("due-today");
    expect(nextDeadline(plan53, "2025-11-14T17:00:00Z")?.lastOnTimeDate).toBe("2026-11-14");
    expect(nextDeadline(plan53, "2025-11-15")?.lastOnTimeDate).toBe("2026-11-14");
    expect(nextDeadline(plan53, "2020-05-01")?.lastOnTimeDate).toBe("2021-11-14");
  });

  it("lets a rolled deadline count on the weekend it was moved across", () => {
    expect(nextDeadline(plan53, "2026-11-15")?.lastOnTimeDate).toBe("2027-11-14");
    expect(nextDeadline(plan53, "2026-11-15", { rollForward: "next-working-day" })?.lastOnTimeDate).toBe(
      "2026-11-16",
    );
  });

  it("finds a deadline that “before 1/1” puts in the previous year", () => {
    const newYear = withDue({ month: 1, day: 1, inclusive: false });
    expect(nextDeadline(newYear, "2025-12-31")).toMatchObject({ year: 2026, lastOnTimeDate: "2025-12-31" });
  });

  it("is null when the programme has no dated deadline left", () => {
    expect(nextDeadline(plan53, "2030-11-15")).toBeNull();
    expect(nextDeadline(plan53, "2032-01-01")).toBeNull();
    expect(nextDeadline({ ...plan53, reportingDuties: [PLAN_53_DOHA_REPORT] }, "2025-01-01")).toBeNull();
  });

  it("breaks ties by plan order", () => {
    const twin = { ...PLAN_53_UNIT_REPORT, id: "twin" };
    expect(
      nextDeadline({ ...plan53, reportingDuties: [twin, PLAN_53_UNIT_REPORT] }, "2025-01-01")?.dutyId,
    ).toBe("twin");
  });
});

describe("properties", () => {
  const plus53 = reportingPlan.map((p) => ({
    ...p,
    reportingDuties: [...p.reportingDuties, PLAN_53_UNIT_REPORT],
  }));

  test.prop([plus53, rollForward])(
    "every programme year has exactly one Plan-53-like unit-report deadline",
    (plan, roll) => {
      const r = reportingCalendar(plan, { from: 2000, to: 2100, asOf: "2026-01-01", rollForward: roll });
      for (let year = plan.period.start; year <= plan.period.end; year++) {
        const mine = r.filter((d) => d.dutyId === "unit-annual-report" && d.year === year);
        expect(mine).toHaveLength(1);
        const written = `${year}-11-14`;
        const expected = roll === "none" || isWorkingDay(written) ? written : nextWorkingDay(written);
        expect(mine[0]?.lastOnTimeDate).toBe(expected);
      }
      expect(r.filter((d) => d.dutyId === "unit-annual-report")).toHaveLength(
        plan.period.end - plan.period.start + 1,
      );
    },
  );

  test.prop([reportingPlan, calendarDateIn(2019, 2032), rollForward])(
    "nextDeadline(d) >= d, and no dated deadline lies between d and it",
    (plan, d, roll) => {
      const next = nextDeadline(plan, d, { rollForward: roll });
      const dated = reportingCalendar(plan, { from: 2000, to: 2100, asOf: d, rollForward: roll }).filter(
        (x) => x.lastOnTimeDate !== null && x.lastOnTimeDate >= d,
      );
      if (next === null) {
        expect(dated).toEqual([]);
      } else {
        expect(next.lastOnTimeDate !== null && next.lastOnTimeDate >= d).toBe(true);
        expect(dated.every((x) => (x.lastOnTimeDate ?? "") >= (next.lastOnTimeDate ?? ""))).toBe(true);
        expect(next.status.asOf).toBe(d);
      }
    },
  );

  test.prop([
    reportingPlan,
    fc.integer({ min: 2015, max: 2035 }),
    fc.integer({ min: 0, max: 8 }),
    rollForward,
  ])("deadlines stay in the range, the period and each duty's validity", (plan, from, length, roll) => {
    const to = from + length;
    const r = reportingCalendar(plan, { from, to, asOf: "2025-06-01", rollForward: roll });
    for (const d of r) {
      expect(d.year).toBeGreaterThanOrEqual(Math.max(from, plan.period.start));
      expect(d.year).toBeLessThanOrEqual(Math.min(to, plan.period.end));
      const duty = plan.reportingDuties.find((x) => x.id === d.dutyId);
      if (d.dueAsWritten !== null) {
        if (duty?.validFrom !== undefined) expect(d.dueAsWritten >= duty.validFrom).toBe(true);
        if (duty?.validTo !== undefined) expect(d.dueAsWritten <= duty.validTo).toBe(true);
        expect(dayNumber(d.lastOnTimeDate ?? "") - dayNumber(d.dueAsWritten)).toBeGreaterThanOrEqual(0);
        expect(Math.abs(dateParts(d.dueAsWritten).year - d.year)).toBeLessThanOrEqual(1);
      } else {
        expect(d.lastOnTimeDate).toBeNull();
        expect(d.status.status).toBe("no-deadline-set");
      }
    }
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
