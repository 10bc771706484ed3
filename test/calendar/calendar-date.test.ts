import { describe, expect, it } from "vitest";
import * as z from "zod";
import { daysInMonth } from "../../src/calendar/calendar-date.js";
import {
  addDays,
  CalendarDateSchema,
  calendarDate,
  compareDates,
  dateParts,
  dayNumber,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
} from "../../src/calendar/index.js";
import { fromZodIssues } from "../../src/i18n/index.js";
import { calendarDateIn } from "../arbitraries/dates.js";
import { fc, test } from "../helpers/prop.js";

describe("calendar dates", () => {
  it.each(["2025-11-14", "2028-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])("accepts %s", (d) => {
    expect(isCalendarDate(d)).toBe(true);
    expect(parseCalendarDate(d)).toBe(d);
  });

  it.each([
    "2025-02-30",
    "2025-02-29",
    "2100-02-29",
    "2025-04-31",
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "0000-01-01",
    "2025-2-3",
    "2025-11-14T00:00:00Z",
    " 2025-11-14",
    "",
  ])("refuses %j", (d) => {
    expect(isCalendarDate(d)).toBe(false);
    expect(() => parseCalendarDate(d)).toThrow(/\[date\.invalid\]/);
  });

  it("refuses values that are not strings", () => {
    expect(isCalendarDate(20251114)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });

  it("fails its zod schema with the catalogue code date.invalid, in both languages", () => {
    expect(CalendarDateSchema.parse("2025-11-14")).toBe("2025-11-14");
    const r = z.object({ due: CalendarDateSchema }).safeParse({ due: "2025-02-30" });
    const issues = fromZodIssues(r.error?.issues ?? []);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "date.invalid", path: ["due"], params: { value: "2025-02-30" } });
    expect(issues[0]?.message.en).toBe('"2025-02-30" is not a day that exists.');
    expect(issues[0]?.message.vi).toContain("không phải là ngày có thật");
  });

  it("builds dates from parts and splits them again", () => {
    expect(calendarDate(2025, 11, 14)).toBe("2025-11-14");
    expect(calendarDate(25, 1, 2)).toBe("0025-01-02");
    expect(dateParts("2025-11-14")).toEqual({ year: 2025, month: 11, day: 14 });
    expect(() => calendarDate(2025, 2, 29)).toThrow(/date\.invalid/);
    expect(() => calendarDate(2025.5, 1, 1)).toThrow(/\[argument\.type\]/);
    expect(() => calendarDate(10000, 1, 1)).toThrow(/\[argument\.range\]/);
  });

  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect([1, 2, 4, 6, 9, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 30, 30, 30, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });

  it("numbers days from 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2025-11-14")).toBe(20406);
    expect(fromDayNumber(20406)).toBe("2025-11-14");
    expect(fromDayNumber(-719162)).toBe("0001-01-01");
    expect(() => fromDayNumber(1.5)).toThrow(/\[argument\.type\]/);
    expect(() => fromDayNumber(-719163)).toThrow(/\[argument\.range\]/);
  });

  it("adds days across months, leap days and years", () => {
    expect(addDays("2025-11-15", -1)).toBe("2025-11-14");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2025-11-14", 0)).toBe("2025-11-14");
    expect(() => addDays("2025-11-14", 0.5)).toThrow(/\[days\.not-integer\]/);
    expect(() => addDays("2025-11-31", 1)).toThrow(/date\.invalid/);
  });

  it("counts days between dates, negative backwards", () => {
    expect(daysBetween("2025-11-14", "2025-11-17")).toBe(3);
    expect(daysBetween("2025-11-17", "2025-11-14")).toBe(-3);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2021-01-01", "2031-01-01")).toBe(3652);
  });

  it("names ISO weekdays: 15/11/2026 is a Sunday, 14/11/2025 a Friday", () => {
    expect(dayOfWeek("2026-11-15")).toBe(7);
    expect(dayOfWeek("2025-11-14")).toBe(5);
    expect(dayOfWeek("2026-11-16")).toBe(1);
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(dayOfWeek("1969-12-28")).toBe(7);
  });

  it("compares dates", () => {
    expect(compareDates("2025-11-14", "2025-11-15")).toBe(-1);
    expect(compareDates("2025-11-15", "2025-11-14")).toBe(1);
    expect(compareDates("2025-11-14", "2025-11-14")).toBe(0);
    expect(["2026-01-02", "2025-12-31", "2025-02-01"].sort(compareDates)).toEqual([
      "2025-02-01",
      "2025-12-31",
      "2026-01-02",
    ]);
    expect(() => compareDates("2025-11-14", "x")).toThrow(/date\.invalid/);
  });
});

describe("properties", () => {
  const date = calendarDateIn(1000, 9000);
  const shift = fc.integer({ min: -300_000, max: 300_000 });

  test.prop([date, shift])("addDays and daysBetween round-trip", (d, k) => {
    const e = addDays(d, k);
    expect(daysBetween(d, e)).toBe(k);
    expect(addDays(e, -k)).toBe(d);
  });

  test.prop([date, date])("addDays(a, daysBetween(a, b)) is b", (a, b) => {
    expect(addDays(a, daysBetween(a, b))).toBe(b);
  });

  test.prop([date])("day numbers agree with Date.UTC (time-zone independent) and round-trip", (d) => {
    const { year, month, day } = dateParts(d);
    expect(dayNumber(d)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
    expect(fromDayNumber(dayNumber(d))).toBe(d);
    expect(dayOfWeek(d) % 7).toBe(new Date(Date.UTC(year, month - 1, day)).getUTCDay());
  });

  test.prop([date, date])("comparison agrees with day numbers", (a, b) => {
    expect(compareDates(a, b)).toBe(Math.sign(dayNumber(a) - dayNumber(b)));
  });
});
