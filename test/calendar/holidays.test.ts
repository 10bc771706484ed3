import { describe, expect, it } from "vitest";
import {
  addDays,
  DEFAULT_HOLIDAY_CALENDAR,
  DEFAULT_HOLIDAY_RULE_SETTINGS,
  dayOfWeek,
  HOLIDAY_CALENDAR_YEARS,
  HOLIDAY_IDS,
  HOLIDAY_NAMES,
  HOLIDAY_RULES,
  type HolidayDecisionInput,
  HolidayDecisionSchema,
  holidayCalendar,
  holidayDate,
  holidaysIn,
  holidayYearStatus,
  isWorkingDay,
  OFFICIAL_HOLIDAY_DECISIONS,
  SUBSTITUTE_RULES,
  safeHolidayCalendar,
  WEEKLY_REST_RULE,
  withDecisions,
} from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/errors/errors.js";
import { HolidayCalendarError } from "../../src/index.js";

// Transcribed independently from shared/data/vn-holiday-schedules.md: the full breaks (weekends included) and
// make-up Saturdays as announced. The table in src/ must reproduce them.
const ANNOUNCED: Record<number, { breaks: [string, string][]; makeUp: string[] }> = {
  2024: {
    breaks: [
      ["2023-12-30", "2024-01-01"],
      ["2024-02-08", "2024-02-14"],
      ["2024-04-18", "2024-04-18"],
      ["2024-04-27", "2024-05-01"],
      ["2024-08-31", "2024-09-03"],
    ],
    makeUp: ["2024-05-04"],
  },
  2025: {
    breaks: [
      ["2025-01-01", "2025-01-01"],
      ["2025-01-25", "2025-02-02"],
      ["2025-04-05", "2025-04-07"],
      ["2025-04-30", "2025-05-04"],
      ["2025-08-30", "2025-09-02"],
    ],
    makeUp: ["2025-04-26"],
  },
  2026: {
    breaks: [
      ["2026-01-01", "2026-01-04"],
      ["2026-02-14", "2026-02-22"],
      ["2026-04-25", "2026-04-27"],
      ["2026-04-30", "2026-05-03"],
      ["2026-08-29", "2026-09-02"],
    ],
    makeUp: ["2026-01-10", "2026-08-22"],
  },
};

function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const RULES_ONLY = holidayCalendar([]);
const datesOf = (year: number, holiday: string, cal = DEFAULT_HOLIDAY_CALENDAR) =>
  holidaysIn(year, cal)
    .filter((h) => h.holidays.some((x) => x === holiday))
    .map((h) => h.date);

describe("the table of decisions, confirmed years 2024–2026", () => {
  for (const [year, { breaks, makeUp }] of Object.entries(ANNOUNCED)) {
    it(`${year}: is confirmed, from its decision`, () => {
      const s = holidayYearStatus(Number(year));
      expect(s.status).toBe("confirmed");
      expect(s.ruleDerived).toEqual([]);
      expect(s.source).toMatch(/TB-(LĐTBXH|BNV)/);
    });

    it(`${year}: every day of every break is off, and only those`, () => {
      const announced = breaks.flatMap(([a, b]) => daysOf(a, b));
      for (const d of announced) expect(isWorkingDay(d), d).toBe(false);
      expect(holidaysIn(Number(year)).map((h) => h.date)).toEqual(announced);
    });

    it(`${year}: every make-up Saturday is a working day`, () => {
      for (const d of makeUp) {
        expect(dayOfWeek(d), d).toBe(6);
        expect(isWorkingDay(d), d).toBe(true);
      }
      expect(holidayYearStatus(Number(year)).makeUpWorkingDays.map((m) => m.date)).toEqual(makeUp);
    });

    it(`${year}: the day before and the day after each break are working days`, () => {
      for (const [a, b] of breaks) {
        expect(isWorkingDay(addDays(a, -1)), `before ${a}`).toBe(true);
        expect(isWorkingDay(addDays(b, 1)), `after ${b}`).toBe(true);
      }
    });
  }

  it("names 2026's swapped days and their make-up Saturdays", () => {
    const swapped = holidaysIn(2026).filter((h) => h.kind === "swapped");
    expect(swapped.map((h) => h.date)).toEqual(["2026-01-02", "2026-08-31"]);
    expect(swapped[0]?.name.vi).toBe("Nghỉ hoán đổi (Tết Dương lịch; làm bù ngày 2026-01-10)");
    expect(swapped[0]?.source).toEqual({
      kind: "decision",
      document: "Công văn 12729/VPCP-KGVX (2025-12-25)",
      year: 2026,
      confidence: "confirmed",
    });
    expect(swapped[1]?.name.en).toBe("Swapped day off (National Day; made up on 2026-08-22)");
  });

  it("says which parts of a confirmed year are weak", () => {
    const s2024 = holidayYearStatus(2024);
    expect(s2024.weakMakeUpDays.map((m) => m.date)).toEqual(["2024-05-04"]);
    expect(s2024.weakBreaks).toEqual([]);
    expect(holidaysIn(2024).find((h) => h.date === "2024-04-29")?.source).toMatchObject({
      kind: "decision",
      confidence: "weak",
    });
    expect(holidayYearStatus(2025).weakBreaks.map((b) => b.from)).toEqual(["2025-01-01"]);
    expect(holidayYearStatus(2023).weakBreaks.map((b) => b.holidays)).toEqual([
      ["new-year"],
      ["hung-kings", "victory-day", "labour-day"],
    ]);
  });

  it("holds 2021–2026, each row valid against its schema", () => {
    expect(OFFICIAL_HOLIDAY_DECISIONS.map((d) => d.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const row of OFFICIAL_HOLIDAY_DECISIONS) {
      expect(HolidayDecisionSchema.safeParse(row).success, String(row.year)).toBe(true);
      expect(Object.isFrozen(row)).toBe(true);
    }
    expect(Object.isFrozen(OFFICIAL_HOLIDAY_DECISIONS)).toBe(true);
  });

  it("classifies announced substitute days (nghỉ bù) and plain break days", () => {
    const tet2021 = holidaysIn(2021).filter((h) => h.holidays.includes("tet"));
    expect(tet2021.filter((h) => h.kind === "substitute").map((h) => h.date)).toEqual([
      "2021-02-15",
      "2021-02-16",
    ]);
    expect(tet2021.find((h) => h.date === "2021-02-12")).toMatchObject({
      kind: "break",
      name: HOLIDAY_NAMES.tet,
      source: { kind: "decision", document: "Thông báo 4875/TB-LĐTBXH", year: 2021, confidence: "confirmed" },
    });
    expect(holidaysIn(2021).find((h) => h.date === "2021-05-03")?.name).toEqual({
      vi: "Nghỉ bù Ngày Chiến thắng và Ngày Quốc tế lao động",
      en: "Substitute day for Victory Day (Reunification Day) and International Labour Day",
    });
  });
});

describe("2027, not yet announced: derived from the rules", () => {
  it("says it is rule-derived for every holiday", () => {
    expect(holidayYearStatus(2027)).toEqual({
      year: 2027,
      status: "rule-derived",
      source: null,
      ruleDerived: [...HOLIDAY_IDS],
      weakBreaks: [],
      weakMakeUpDays: [],
      makeUpWorkingDays: [],
    });
  });

  it("puts Tết on 2027-02-06 (a Saturday) with five days and two substitute days", () => {
    const tet = holidaysIn(2027).filter((h) => h.holidays.includes("tet"));
    expect(tet.map((h) => [h.date, h.kind])).toEqual([
      ["2027-02-04", "holiday"],
      ["2027-02-05", "holiday"],
      ["2027-02-06", "holiday"],
      ["2027-02-07", "holiday"],
      ["2027-02-08", "holiday"],
      ["2027-02-09", "substitute"],
      ["2027-02-10", "substitute"],
    ]);
    expect(tet[2]?.source).toEqual({
      kind: "rule",
      document: "45/2019/QH14",
      clause: "112(1)(b)",
      reading: "tet-2-before",
    });
  });

  it("puts Giỗ Tổ on 2027-04-16 and gives 1/5 (a Saturday) the substitute day 2027-05-03", () => {
    expect(datesOf(2027, "hung-kings")).toEqual(["2027-04-16"]);
    expect(dayOfWeek("2027-05-01")).toBe(6);
    const sub = holidaysIn(2027).find((h) => h.date === "2027-05-03");
    expect(sub).toEqual({
      date: "2027-05-03",
      dayOfWeek: 1,
      holidays: ["labour-day"],
      kind: "substitute",
      name: { vi: "Nghỉ bù Ngày Quốc tế lao động", en: "Substitute day for International Labour Day" },
      source: { kind: "rule", document: "45/2019/QH14", clause: "111(3)", reading: null },
    });
    expect(isWorkingDay("2027-05-03")).toBe(false);
    expect(isWorkingDay("2027-05-04")).toBe(true);
  });

  it("adds the day after 2/9/2027 (a Thursday), joining the weekend", () => {
    expect(datesOf(2027, "national-day")).toEqual(["2027-09-02", "2027-09-03"]);
    expect(holidaysIn(2027).find((h) => h.date === "2027-09-03")?.source).toMatchObject({
      reading: "national-day-after",
    });
  });
});

describe("the rules reproduce the decisions where the law leaves no choice", () => {
  it("the default Tết reading (2 days before mùng 1) gives the weekdays off of every decision 2021–2026", () => {
    const weekdaysOff = (year: number, cal = DEFAULT_HOLIDAY_CALENDAR) =>
      datesOf(year, "tet", cal).filter((d) => dayOfWeek(d) <= 5);
    for (let year = 2021; year <= 2026; year++) {
      expect(weekdaysOff(year, RULES_ONLY), String(year)).toEqual(weekdaysOff(year));
    }
    // 2026: 28 Chạp was a Sunday, so its substitute Friday 20/2 closes the same week the decision gave.
    expect(holidaysIn(2026, RULES_ONLY).find((h) => h.date === "2026-02-20")?.kind).toBe("substitute");
    // The other reading (the eve and mùng 1–4) would have moved 2021's break a day later.
    const onePlusFour = holidayCalendar([], { tetDaysBeforeNewYear: 1 });
    expect(weekdaysOff(2021, onePlusFour)).toEqual([
      "2021-02-11",
      "2021-02-12",
      "2021-02-15",
      "2021-02-16",
      "2021-02-17",
    ]);
    expect(weekdaysOff(2021)).toEqual(["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"]);
  });

  it("the bridge reading of the second National Day day matches every year 2021–2026", () => {
    for (let year = 2021; year <= 2026; year++) {
      const ruled = datesOf(year, "national-day", RULES_ONLY).filter((d) => dayOfWeek(d) <= 5);
      const decided = datesOf(year, "national-day").filter(
        (d) => dayOfWeek(d) <= 5 && holidaysIn(year).find((h) => h.date === d)?.kind !== "swapped",
      );
      expect(ruled, String(year)).toEqual(decided);
    }
  });

  it("the substitute rule gives the weak rows' days (2023 New Year, Giỗ Tổ and 30/4–1/5)", () => {
    const weekdays = (year: number, ids: string[], cal = DEFAULT_HOLIDAY_CALENDAR) =>
      holidaysIn(year, cal)
        .filter((h) => h.holidays.some((x) => ids.includes(x)) && dayOfWeek(h.date) <= 5)
        .map((h) => h.date);
    expect(weekdays(2023, ["new-year"], RULES_ONLY)).toEqual(["2023-01-02"]);
    expect(weekdays(2023, ["hung-kings", "victory-day", "labour-day"], RULES_ONLY)).toEqual(
      weekdays(2023, ["hung-kings", "victory-day", "labour-day"]),
    );
  });

  it("the other National Day settings pick a fixed side", () => {
    expect(datesOf(2025, "national-day", holidayCalendar([], { nationalDayAdjacent: "after" }))).toEqual([
      "2025-09-02",
      "2025-09-03",
    ]);
    expect(datesOf(2024, "national-day", holidayCalendar([], { nationalDayAdjacent: "before" }))).toEqual([
      "2024-09-01",
      "2024-09-02",
      "2024-09-03",
    ]);
  });
});

describe("rules in time", () => {
  it("has no Giỗ Tổ before 2007 and has it from 2007 (26/4/2007)", () => {
    expect(datesOf(2006, "hung-kings", RULES_ONLY)).toEqual([]);
    expect(datesOf(2007, "hung-kings", RULES_ONLY)).toEqual(["2007-04-26"]);
    expect(holidaysIn(2007, RULES_ONLY).find((h) => h.date === "2007-04-26")?.source).toMatchObject({
      document: "84/2007/QH11",
    });
  });

  it("gives Tết four days (the eve and mùng 1–3) under the 1994 code, until Tết 2013", () => {
    // Tết 2013: Sunday 10/2; eve Saturday 9/2: the two weekend days give Monday 13/2 and Tuesday 14/2... after mùng 3.
    expect(datesOf(2013, "tet", RULES_ONLY)).toEqual([
      "2013-02-09",
      "2013-02-10",
      "2013-02-11",
      "2013-02-12",
      "2013-02-13",
      "2013-02-14",
    ]);
    expect(holidaysIn(2013, RULES_ONLY).find((h) => h.date === "2013-02-10")?.source).toMatchObject({
      document: "Bộ luật Lao động 1994",
      clause: "73",
      reading: null,
    });
    expect(datesOf(2014, "tet", RULES_ONLY).filter((d) => dayOfWeek(d) <= 5)).toHaveLength(5);
  });

  it("gives National Day one day before 2021 and two from 2021", () => {
    expect(datesOf(2019, "national-day", RULES_ONLY)).toEqual(["2019-09-02"]);
    expect(datesOf(2021, "national-day", RULES_ONLY)).toEqual(["2021-09-02", "2021-09-03"]);
    // 2/9/2018 was a Sunday: substitute Monday 3/9 under the 2012 code.
    expect(
      holidaysIn(2018, RULES_ONLY)
        .filter((h) => h.holidays.includes("national-day"))
        .map((h) => [h.date, h.kind, h.source.kind === "rule" ? h.source.clause : ""]),
    ).toEqual([
      ["2018-09-02", "holiday", "115(1)(đ)"],
      ["2018-09-03", "substitute", "115(3)"],
    ]);
  });

  it("lets each weekend holiday take the next free weekday in turn (30/4/2000 Sunday → 2/5)", () => {
    expect(holidaysIn(2000, RULES_ONLY).map((h) => [h.date, h.kind])).toEqual([
      ["2000-01-01", "holiday"],
      ["2000-01-03", "substitute"],
      ["2000-02-04", "holiday"],
      ["2000-02-05", "holiday"],
      ["2000-02-06", "holiday"],
      ["2000-02-07", "holiday"],
      ["2000-02-08", "substitute"],
      ["2000-02-09", "substitute"],
      ["2000-04-30", "holiday"],
      ["2000-05-01", "holiday"],
      ["2000-05-02", "substitute"],
      ["2000-09-02", "holiday"],
      ["2000-09-04", "substitute"],
    ]);
  });

  it("publishes its rules with validity dates and citations", () => {
    expect(
      HOLIDAY_RULES.filter((r) => r.holiday === "tet").map((r) => [r.days, r.validFrom, r.validTo]),
    ).toEqual([
      [4, "1995-01-01", "2013-04-30"],
      [5, "2013-05-01", "2020-12-31"],
      [5, "2021-01-01", null],
    ]);
    expect(HOLIDAY_RULES.find((r) => r.holiday === "national-day" && r.validTo === null)?.citation).toEqual({
      document: "45/2019/QH14",
      clause: "112(1)(đ)",
    });
    expect(SUBSTITUTE_RULES.map((r) => r.citation.clause)).toEqual(["73", "115(3)", "111(3)"]);
    expect(WEEKLY_REST_RULE.citation.document).toBe("188/1999/QĐ-TTg");
    expect(HOLIDAY_NAMES["hung-kings"]).toEqual({
      vi: "Giỗ Tổ Hùng Vương",
      en: "Hùng Kings' Commemoration Day",
    });
  });

  it("gives the statutory date of each holiday", () => {
    expect(HOLIDAY_IDS.map((h) => holidayDate(h, 2027))).toEqual([
      "2027-01-01",
      "2027-02-06",
      "2027-04-16",
      "2027-04-30",
      "2027-05-01",
      "2027-09-02",
    ]);
  });

  it("throws a RangeError outside 2000–2100", () => {
    expect(HOLIDAY_CALENDAR_YEARS).toEqual({ first: 2000, last: 2100 });
    expect(() => holidaysIn(1999)).toThrow(/.*\(2000–2100\).*\[holidays\.outside-coverage\]/);
    expect(() => holidayYearStatus(2101)).toThrow(InvalidInputError);
    expect(() => holidaysIn(2025.5)).toThrow(InvalidInputError);
  });
});

describe("extending the table", () => {
  const row2027: HolidayDecisionInput = {
    year: 2027,
    source: "Thông báo (illustration)",
    confidence: "confirmed",
    breaks: [{ holidays: ["tet"], from: "2027-02-04", to: "2027-02-14" }],
    makeUpWorkingDays: [{ date: "2027-02-20", replaces: "2027-02-12" }],
  };

  it("adds a year with withDecisions, leaving the original calendar alone", () => {
    const cal = withDecisions(DEFAULT_HOLIDAY_CALENDAR, [row2027]);
    const s = holidayYearStatus(2027, cal);
    expect(s.status).toBe("confirmed");
    expect(s.source).toBe("Thông báo (illustration)");
    // A partial row: the holidays it does not name still come from the rules.
    expect(s.ruleDerived).toEqual(["new-year", "hung-kings", "victory-day", "labour-day", "national-day"]);
    expect(isWorkingDay("2027-02-12", cal)).toBe(false);
    expect(isWorkingDay("2027-02-20", cal)).toBe(true);
    expect(isWorkingDay("2027-02-12")).toBe(true);
    expect(holidayYearStatus(2027).status).toBe("rule-derived");
    expect(cal.decisions.map((d) => d.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(Object.isFrozen(cal)).toBe(true);
  });

  it("replaces an existing year's row", () => {
    const weak2026 = {
      ...row2027,
      year: 2026,
      confidence: "weak" as const,
      breaks: [],
      makeUpWorkingDays: [],
    };
    const cal = withDecisions(DEFAULT_HOLIDAY_CALENDAR, [weak2026]);
    expect(holidayYearStatus(2026, cal).status).toBe("weak");
    expect(holidayYearStatus(2026, cal).ruleDerived).toEqual([...HOLIDAY_IDS]);
    expect(cal.decisions).toHaveLength(6);
  });

  it("keeps the settings of the calendar it extends", () => {
    const cal = withDecisions(holidayCalendar([], { tetDaysBeforeNewYear: 1 }), [row2027]);
    expect(cal.settings).toEqual({ tetDaysBeforeNewYear: 1, nationalDayAdjacent: "bridge" });
    expect(DEFAULT_HOLIDAY_CALENDAR.settings).toEqual(DEFAULT_HOLIDAY_RULE_SETTINGS);
  });

  const bad = (patch: Partial<HolidayDecisionInput>) => {
    const r = safeHolidayCalendar([{ ...row2027, ...patch }]);
    expect(r.success).toBe(false);
    return r.success ? [] : r.issues;
  };

  it.each<[string, Partial<HolidayDecisionInput>, string, (string | number)[]]>([
    [
      "a break outside its year",
      { breaks: [{ holidays: ["national-day"], from: "2026-09-01", to: "2026-09-02" }] },
      "holiday-decision.break-outside-year",
      ["decisions", 0, "breaks", 0],
    ],
    [
      "a break that misses its holiday",
      { breaks: [{ holidays: ["tet"], from: "2027-02-07", to: "2027-02-12" }] },
      "holiday-decision.break-misses-holiday",
      ["decisions", 0, "breaks", 0, "holidays"],
    ],
    [
      "a reversed break",
      { breaks: [{ holidays: ["tet"], from: "2027-02-10", to: "2027-02-04" }], makeUpWorkingDays: [] },
      "date.range-reversed",
      ["decisions", 0, "breaks", 0, "to"],
    ],
    [
      "a substitute day outside its break",
      { breaks: [{ holidays: ["tet"], from: "2027-02-04", to: "2027-02-14", substitutes: ["2027-02-15"] }] },
      "holiday-decision.substitute-outside-break",
      ["decisions", 0, "breaks", 0, "substitutes", 0],
    ],
    [
      "a make-up day on a weekday",
      { makeUpWorkingDays: [{ date: "2027-02-17", replaces: "2027-02-12" }] },
      "holiday-decision.make-up-not-rest-day",
      ["decisions", 0, "makeUpWorkingDays", 0, "date"],
    ],
    [
      "a swapped day outside the breaks",
      { makeUpWorkingDays: [{ date: "2027-02-20", replaces: "2027-02-16" }] },
      "holiday-decision.swap-outside-break",
      ["decisions", 0, "makeUpWorkingDays", 0, "replaces"],
    ],
    [
      "a date that does not exist",
      { breaks: [{ holidays: ["tet"], from: "2027-02-04", to: "2027-02-30" }], makeUpWorkingDays: [] },
      "date.invalid",
      ["decisions", 0, "breaks", 0, "to"],
    ],
    [
      "a year outside the calendar",
      { year: 2101, breaks: [], makeUpWorkingDays: [] },
      "too_big",
      ["decisions", 0, "year"],
    ],
  ])("refuses %s", (_, patch, code, path) => {
    const issues = bad(patch);
    expect(issues.map((i) => i.code)).toContain(code);
    const issue = issues.find((i) => i.code === code);
    expect(issue?.path).toEqual(path);
    expect(issue?.message.vi).not.toBe(issue?.message.en);
  });

  it("refuses the same year twice, and bad settings", () => {
    const r = safeHolidayCalendar([row2027, row2027], { tetDaysBeforeNewYear: 3 as 1 });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["holiday-decision.duplicate-year", ["decisions", 1, "year"]],
      ["invalid_union", ["settings", "tetDaysBeforeNewYear"]],
    ]);
    expect(r.issues[0]?.message.en).toBe("The year 2027 has more than one holiday-decision row.");
  });

  it("throws a HolidayCalendarError holding the issues", () => {
    const call = () => withDecisions(DEFAULT_HOLIDAY_CALENDAR, [{ ...row2027, source: "" }]);
    expect(call).toThrow(HolidayCalendarError);
    try {
      call();
    } catch (e) {
      expect(e).toBeInstanceOf(HolidayCalendarError);
      const err = e as HolidayCalendarError;
      expect(err.issues[0]?.path).toEqual(["decisions", 6, "source"]);
      expect(err.message).toMatch(/^Invalid holiday decisions:\n {2}decisions\.6\.source: /);
      expect(err.name).toBe("HolidayCalendarError");
    }
  });
});
