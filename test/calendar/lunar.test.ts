// date-chinese ships its types as an ambient module that its package.json "exports" does not point to.
/// <reference path="../../node_modules/date-chinese/types/index.d.ts" />

import { CalendarChinese, CalendarVietnamese } from "date-chinese";
import { describe, expect, it } from "vitest";
import { addDays, hungKingsDay, LUNAR_TABLE_YEARS, lunarDates, tetDate } from "../../src/calendar/index.js";
import { LUNAR_TABLE, LUNAR_TABLE_FIRST_YEAR } from "../../src/calendar/lunar-table.js";
import { InvalidInputError } from "../../src/errors/errors.js";

type Calendar = typeof CalendarVietnamese;

const iso = (g: { year: number; month: number; day: number }) =>
  `${String(g.year).padStart(4, "0")}-${String(g.month).padStart(2, "0")}-${String(g.day).padStart(2, "0")}`;

/** Tết and Giỗ Tổ of a Gregorian year by date-chinese directly. */
function fromLibrary(Cal: Calendar, year: number): { tet: string; hungKings: string } {
  const cal = new Cal();
  const [cycle = 0, yearInCycle = 0] = cal.fromGregorian(year, 3, 1).get();
  const tet = iso(cal.set(cycle, yearInCycle, 1, 0, 1).toGregorian(year));
  const hungKings = iso(cal.set(cycle, yearInCycle, 3, 0, 10).toGregorian(year));
  return { tet, hungKings };
}

/** Lunar [month, day] of a Gregorian date by date-chinese. */
function lunarOf(date: string): [number, number] {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [, , month = 0, , day = 0] = new CalendarVietnamese().fromGregorian(y, m, d).get();
  return [month, day];
}

describe("the generated lunar table", () => {
  it("has one row per year of its range", () => {
    expect(LUNAR_TABLE_YEARS).toEqual({ first: 1970, last: 2100 });
    expect(LUNAR_TABLE).toHaveLength(2100 - 1970 + 1);
  });

  it("equals a fresh computation with date-chinese's CalendarVietnamese, row by row (it cannot drift)", () => {
    for (let year = LUNAR_TABLE_YEARS.first; year <= LUNAR_TABLE_YEARS.last; year++) {
      const row = LUNAR_TABLE[year - LUNAR_TABLE_FIRST_YEAR];
      const expected = fromLibrary(CalendarVietnamese, year);
      expect([row?.[0], row?.[3]], String(year)).toEqual([expected.tet, expected.hungKings]);
    }
  }, 60_000);

  it("holds dates that convert back to 1/1 and 10/3 lunar, and an eve that ends month 12", () => {
    for (let year = LUNAR_TABLE_YEARS.first; year <= LUNAR_TABLE_YEARS.last; year++) {
      const { tet, tetEve, tetEveLunarDay, hungKings } = lunarDates(year);
      expect(lunarOf(tet), `${year} Tết`).toEqual([1, 1]);
      expect(lunarOf(hungKings), `${year} Giỗ Tổ`).toEqual([3, 10]);
      expect(tetEve, `${year} eve`).toBe(addDays(tet, -1));
      expect(lunarOf(tetEve), `${year} eve`).toEqual([12, tetEveLunarDay]);
      expect(tet.startsWith(`${year}-0`)).toBe(true);
    }
  }, 60_000);
});

describe("Tết in Vietnam", () => {
  // The dates announced for 2021–2031 (Tết Tân Sửu … Tết Tân Hợi); date-chinese agrees with every one.
  it.each([
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
    [2029, "2029-02-13"],
    [2030, "2030-02-02"],
    [2031, "2031-01-23"],
  ])("falls in %i on %s", (year, date) => {
    expect(tetDate(year)).toBe(date);
  });

  it("is 2 February 2030 in Vietnam, a day before China's 3 February", () => {
    expect(tetDate(2030)).toBe("2030-02-02");
    expect(fromLibrary(CalendarChinese, 2030).tet).toBe("2030-02-03");
  });

  it("was 17 February 2007 in Vietnam and 18 February in China", () => {
    expect(tetDate(2007)).toBe("2007-02-17");
    expect(fromLibrary(CalendarChinese, 2007).tet).toBe("2007-02-18");
  });

  it("was 21 January 1985 in Vietnam, a month before China's 20 February", () => {
    expect(fromLibrary(CalendarVietnamese, 1985).tet).toBe("1985-01-21");
    expect(fromLibrary(CalendarChinese, 1985).tet).toBe("1985-02-20");
    expect(tetDate(1985)).toBe("1985-01-21");
    expect(() => tetDate(1969)).toThrow(InvalidInputError);
  });

  it("knows the eve's lunar day: 29 Tết in 2026, 30 Tết in 2024", () => {
    expect(lunarDates(2026)).toEqual({
      year: 2026,
      tet: "2026-02-17",
      tetEve: "2026-02-16",
      tetEveLunarDay: 29,
      hungKings: "2026-04-26",
    });
    expect(lunarDates(2024).tetEveLunarDay).toBe(30);
  });
});

describe("Giỗ Tổ Hùng Vương (10/3 lunar)", () => {
  it.each([
    [2021, "2021-04-21"],
    [2022, "2022-04-10"],
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
    [2027, "2027-04-16"],
  ])("falls in %i on %s", (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
  });
});

describe("outside the table", () => {
  it.each([1969, 2101, 2025.5, Number.NaN])("throws a RangeError naming the covered years for %s", (year) => {
    expect(() => lunarDates(year)).toThrow(/\(1970–2100\).*\[lunar\.outside-table\]/);
  });
});
