// Every refusal of the calendar's public functions, with its code, path and parameters (the message aside: the
// catalogue test pins the wording). A wrong path, a dropped parameter or a refusal that no longer happens shows
// as a diff of the snapshot; each entry was read against the function's contract when the snapshot was written.
import { describe, expect, it } from "vitest";
import * as cal from "../../src/calendar/index.js";
import { refusal } from "../helpers/issues.js";

type Call = [name: string, f: () => unknown];

const unsafe = (f: unknown) => f as (...args: unknown[]) => unknown;
const long = "x".repeat(50);

const CALLS: Call[] = [
  ["calendarDate year not integer", () => unsafe(cal.calendarDate)(2025.5, 1, 1)],
  ["calendarDate month 13", () => unsafe(cal.calendarDate)(2025, 13, 1)],
  ["calendarDate 30 February", () => unsafe(cal.calendarDate)(2025, 2, 30)],
  ["calendarDate year a string", () => unsafe(cal.calendarDate)("2025", 1, 1)],
  ["calendarDate year missing", () => unsafe(cal.calendarDate)(undefined, 1, 1)],
  ["daysInMonth month 0", () => unsafe(cal.daysInMonth)(2025, 0)],
  ["daysInMonth year a string", () => unsafe(cal.daysInMonth)("x", 1)],
  ["isLeapYear 1.5", () => unsafe(cal.isLeapYear)(1.5)],
  ["parseCalendarDate 30 February", () => unsafe(cal.parseCalendarDate)("2025-02-30")],
  ["parseCalendarDate missing", () => unsafe(cal.parseCalendarDate)(undefined)],
  ["parseCalendarDate a number", () => unsafe(cal.parseCalendarDate)(20250101)],
  ["parseCalendarDate true", () => unsafe(cal.parseCalendarDate)(true)],
  ["parseCalendarDate a bigint", () => unsafe(cal.parseCalendarDate)(10n)],
  ["parseCalendarDate null", () => unsafe(cal.parseCalendarDate)(null)],
  ["parseCalendarDate an array", () => unsafe(cal.parseCalendarDate)([])],
  ["parseCalendarDate a long string", () => unsafe(cal.parseCalendarDate)(long)],
  ["parseCalendarDate a 40-character string", () => unsafe(cal.parseCalendarDate)("y".repeat(40))],
  ["dateParts not a date", () => unsafe(cal.dateParts)("x")],
  ["dayNumber month 13", () => unsafe(cal.dayNumber)("2025-13-01")],
  ["fromDayNumber too large", () => unsafe(cal.fromDayNumber)(1e12)],
  ["fromDayNumber 1.5", () => unsafe(cal.fromDayNumber)(1.5)],
  ["dayOfWeek not a date", () => unsafe(cal.dayOfWeek)("2025-1-1")],
  ["addDays 1.5 days", () => unsafe(cal.addDays)("2025-01-01", 1.5)],
  ["addDays a string of days", () => unsafe(cal.addDays)("2025-01-01", "1")],
  ["addDays out of the range", () => unsafe(cal.addDays)("2025-01-01", 10_000_000)],
  ["addDays before the range", () => unsafe(cal.addDays)("2025-01-01", -10_000_000)],
  ["addDays not a date", () => unsafe(cal.addDays)("x", 1)],
  ["daysBetween bad from", () => unsafe(cal.daysBetween)("x", "2025-01-01")],
  ["daysBetween bad to", () => unsafe(cal.daysBetween)("2025-01-01", "y")],
  ["compareDates bad", () => unsafe(cal.compareDates)("2025-01-01", 5)],
  ["holidayDate unknown holiday", () => unsafe(cal.holidayDate)("xmas", 2025)],
  ["holidayDate year 2025.5", () => unsafe(cal.holidayDate)("tet", 2025.5)],
  ["holidayDate year a string", () => unsafe(cal.holidayDate)("tet", "2025")],
  ["holidayDate year 1800", () => unsafe(cal.holidayDate)("tet", 1800)],
  ["holidaysIn 2025.5", () => unsafe(cal.holidaysIn)(2025.5)],
  ["holidaysIn a string", () => unsafe(cal.holidaysIn)("2025")],
  ["holidaysIn 1900", () => unsafe(cal.holidaysIn)(1900)],
  ["holidaysIn 2201", () => unsafe(cal.holidaysIn)(2201)],
  ["holidaysIn not a calendar", () => unsafe(cal.holidaysIn)(2025, { decisions: "x" })],
  ["holidayYearStatus not a calendar", () => unsafe(cal.holidayYearStatus)(2025, [])],
  ["holidayYearStatus 1.5", () => unsafe(cal.holidayYearStatus)(1.5)],
  ["holidayCalendar not an array", () => unsafe(cal.holidayCalendar)("x")],
  ["holidayCalendar a row without a year", () => unsafe(cal.holidayCalendar)([null])],
  ["holidayCalendar a row with a bad year", () => unsafe(cal.holidayCalendar)([{ year: "x" }])],
  [
    "holidayCalendar two rows for one year",
    () =>
      cal.holidayCalendar([cal.OFFICIAL_HOLIDAY_DECISIONS[0], cal.OFFICIAL_HOLIDAY_DECISIONS[0]] as never),
  ],
  ["withDecisions rows not an array", () => unsafe(cal.withDecisions)(cal.DEFAULT_HOLIDAY_CALENDAR, "x")],
  ["withDecisions not a calendar", () => unsafe(cal.withDecisions)({ settings: 5 }, [])],
  ["withDecisions bad settings", () => unsafe(cal.withDecisions)({ decisions: [], settings: 5 }, [])],
  ["withDecisions a row not an object", () => unsafe(cal.withDecisions)(cal.DEFAULT_HOLIDAY_CALENDAR, [5])],
  ["holidaysIn an empty object as a calendar", () => unsafe(cal.holidaysIn)(2025, {})],
  ["holidaysIn null as a calendar", () => unsafe(cal.holidaysIn)(2025, null)],
  ["holidaysIn a list as a calendar", () => unsafe(cal.holidaysIn)(2025, [])],
  [
    "isWorkingDay a calendar whose decisions are not a list",
    () => unsafe(cal.isWorkingDay)("2025-01-01", { decisions: 5 }),
  ],
  ["isWorkingDay not a date", () => unsafe(cal.isWorkingDay)("x")],
  ["isWorkingDay not a calendar", () => unsafe(cal.isWorkingDay)("2025-01-02", null)],
  ["addWorkingDays 1.5", () => unsafe(cal.addWorkingDays)("2025-01-01", 1.5)],
  ["addWorkingDays not a date", () => unsafe(cal.addWorkingDays)(5, 1)],
  ["workingDaysBetween bad dates", () => unsafe(cal.workingDaysBetween)("x", "2025-01-01")],
  ["nextWorkingDay not a date", () => unsafe(cal.nextWorkingDay)(1)],
  ["vietnamDate garbage", () => unsafe(cal.vietnamDate)("garbage")],
  ["vietnamDate an invalid Date", () => unsafe(cal.vietnamDate)(new Date(Number.NaN))],
  ["vietnamDate a number", () => unsafe(cal.vietnamDate)(5)],
  ["calendarDateOf an object", () => unsafe(cal.calendarDateOf)({})],
  ["calendarDateOf a bad date", () => unsafe(cal.calendarDateOf)("2025-02-30")],
  ["lunarDates 1800", () => unsafe(cal.lunarDates)(1800)],
  ["tetDate 1.5", () => unsafe(cal.tetDate)(1.5)],
  ["hungKingsDay a string", () => unsafe(cal.hungKingsDay)("2025")],
];

describe("the calendar's refusals", () => {
  it("every bad call is refused with the library's error, its code, path and parameters", () => {
    const table = Object.fromEntries(CALLS.map(([name, f]) => [name, refusal(f)]));
    for (const [name, r] of Object.entries(table)) {
      expect(r, name).toHaveProperty("error");
    }
    expect(table).toMatchSnapshot();
  });

  it("takes a hand-built calendar as the calendar it describes, and a change of a year by withDecisions", () => {
    const d = cal.DEFAULT_HOLIDAY_CALENDAR;
    const plain = { decisions: [...d.decisions], settings: { ...d.settings } };
    expect(cal.holidaysIn(2025, plain as never)).toEqual(cal.holidaysIn(2025, d));
    expect(cal.isWorkingDay("2025-01-01", plain as never)).toBe(false);
    // Without any decision, a year has the law's days only: no Tết break of the Prime Minister's notice.
    const rulesOnly = { decisions: [] };
    const lawOnly = cal.holidaysIn(2025, rulesOnly as never);
    expect(lawOnly.some((h) => h.kind === "break")).toBe(false);
    expect(cal.holidaysIn(2025, d).some((h) => h.kind === "break")).toBe(true);
    const replaced = cal.withDecisions(d, []);
    expect(cal.holidaysIn(2025, replaced)).toEqual(cal.holidaysIn(2025, d));
  });

  it("safeHolidayCalendar returns the same issues without throwing", () => {
    const r = cal.safeHolidayCalendar("x" as never);
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual(
      (
        refusal(() => unsafe(cal.holidayCalendar)("x")) as { issues: { code: string; path: unknown }[] }
      ).issues.map((i) => [i.code, i.path]),
    );
  });
});
