// 2021–2023 day by day, and the kind of every announced day off 2021–2026 (break, nghỉ bù, swapped), transcribed
// independently from shared/data/vn-holiday-schedules.md. holidays.test.ts checks 2024–2026's dates; this file
// checks that each day is off for the reason the notices give.
import { describe, expect, it } from "vitest";
import { addDays, holidaysIn, holidayYearStatus, isWorkingDay } from "../../src/calendar/index.js";

const BREAKS: Record<number, [string, string][]> = {
  2021: [
    ["2021-01-01", "2021-01-03"],
    ["2021-02-10", "2021-02-16"],
    ["2021-04-21", "2021-04-21"],
    ["2021-04-30", "2021-05-03"],
    ["2021-09-02", "2021-09-05"],
  ],
  2022: [
    ["2022-01-01", "2022-01-03"],
    ["2022-01-29", "2022-02-06"],
    ["2022-04-09", "2022-04-11"],
    ["2022-04-30", "2022-05-03"],
    ["2022-09-01", "2022-09-04"],
  ],
  2023: [
    ["2022-12-31", "2023-01-02"],
    ["2023-01-20", "2023-01-26"],
    ["2023-04-29", "2023-05-03"],
    ["2023-09-01", "2023-09-04"],
  ],
};

// nghỉ bù (a holiday on a weekly rest day moves to the next working day) and swapped days (hoán đổi, with a
// make-up Saturday), as the notices list them. The schedules list no nghỉ bù for Tết 2023 and 2024; the table of
// decisions names the last two days of each of those breaks (two of the statutory days fell on the weekend, as in
// 2021, whose notice says so): they are pinned here as the library's reading, marked below.
const SUBSTITUTE: Record<number, string[]> = {
  2021: ["2021-02-15", "2021-02-16", "2021-05-03"],
  2022: ["2022-01-03", "2022-04-11", "2022-05-02", "2022-05-03"],
  2023: [
    "2023-01-02",
    "2023-01-25" /* reading */,
    "2023-01-26" /* reading */,
    "2023-05-02",
    "2023-05-03",
    "2023-09-04",
  ],
  2024: ["2024-02-13" /* reading */, "2024-02-14" /* reading */],
  2025: [],
  2026: ["2026-04-27"],
};
const SWAPPED: Record<number, string[]> = {
  2021: [],
  2022: [],
  2023: [],
  2024: ["2024-04-29"],
  2025: ["2025-05-02"],
  2026: ["2026-01-02", "2026-08-31"],
};

function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe("the announced days off 2021–2023, day by day", () => {
  for (const [year, breaks] of Object.entries(BREAKS)) {
    it(`${year}: every day of every break is off, in order, and only those; the days around are worked`, () => {
      const announced = breaks.flatMap(([a, b]) => daysOf(a, b));
      expect(holidaysIn(Number(year)).map((h) => h.date)).toEqual(announced);
      for (const d of announced) expect(isWorkingDay(d), d).toBe(false);
      for (const [a, b] of breaks) {
        expect(isWorkingDay(addDays(a, -1)), `before ${a}`).toBe(true);
        expect(isWorkingDay(addDays(b, 1)), `after ${b}`).toBe(true);
      }
      expect(holidayYearStatus(Number(year)).makeUpWorkingDays).toEqual([]);
    });
  }
});

describe("why each announced day is off, 2021–2026", () => {
  for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
    it(`${year}: the substitute and swapped days are the notices', every other day a break day`, () => {
      const days = holidaysIn(year);
      expect(days.filter((h) => h.kind === "substitute").map((h) => h.date)).toEqual(SUBSTITUTE[year]);
      expect(days.filter((h) => h.kind === "swapped").map((h) => h.date)).toEqual(SWAPPED[year]);
      expect(days.every((h) => ["break", "substitute", "swapped"].includes(h.kind))).toBe(true);
      expect(days.every((h) => h.source.kind === "decision" && h.source.year === year)).toBe(true);
    });
  }
});
