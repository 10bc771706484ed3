import { describe, expect, it } from "vitest";
import {
  addDays,
  addWorkingDays,
  DEFAULT_HOLIDAY_CALENDAR,
  dayOfWeek,
  holidayCalendar,
  isWorkingDay,
  nextWorkingDay,
  withDecisions,
  workingDaysBetween,
} from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/errors/errors.js";
import { calendarDateIn } from "../arbitraries/dates.js";
import { fc, test } from "../helpers/prop.js";

describe("isWorkingDay", () => {
  it.each([
    ["2025-11-14", true, "a Friday"],
    ["2025-11-15", false, "a Saturday"],
    ["2026-11-15", false, "a Sunday"],
    ["2026-02-16", false, "the Tết break"],
    ["2026-02-23", true, "the Monday after Tết"],
    ["2026-01-02", false, "a swapped Friday"],
    ["2026-01-10", true, "a make-up Saturday"],
    ["2026-04-27", false, "the substitute day for Giỗ Tổ on Sunday 26/4"],
    ["2023-12-29", true, "the Friday before the 2024 New Year break that starts in December"],
    ["2024-05-04", true, "the make-up Saturday of 2024"],
    ["2024-12-31", true, "a Tuesday"],
  ])("%s is %s (%s)", (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it("throws outside the calendar's years and for invalid dates", () => {
    expect(() => isWorkingDay("1999-12-31")).toThrow(/The date 1999-12-31.*\[holidays\.outside-coverage\]/);
    expect(() => isWorkingDay("2101-01-01")).toThrow(InvalidInputError);
    expect(() => isWorkingDay("2025-02-30")).toThrow(/date\.invalid/);
    expect(isWorkingDay("2100-12-31")).toBe(true);
    expect(isWorkingDay("2000-01-03")).toBe(false); // substitute for Saturday 1/1/2000
  });
});

describe("workingDaysBetween, half-open [from, to)", () => {
  it("counts 9 working days from 9/2/2026 to 27/2/2026 across the Tết break 14–22/2", () => {
    // 9–13/2 (5) + 23–26/2 (4); 27/2 itself is excluded.
    expect(workingDaysBetween("2026-02-09", "2026-02-27")).toBe(9);
    expect(workingDaysBetween("2026-02-09", "2026-02-28")).toBe(10);
  });

  it("counts the 2026 New Year: a swapped Friday and its make-up Saturday", () => {
    // 29–31/12 (3); 1–2/1 off; 5–9/1 (5); Saturday 10/1 worked (1).
    expect(workingDaysBetween("2025-12-29", "2026-01-12")).toBe(9);
  });

  it.each([
    // weekdays − weekdays off + make-up days, counted by hand from the table
    [2024, 262 - 12 + 1],
    [2025, 261 - 12 + 1],
    [2026, 261 - 13 + 2],
    [2027, 261 - 11],
  ])("counts the working days of %i", (year, expected) => {
    expect(workingDaysBetween(`${year}-01-01`, `${year + 1}-01-01`)).toBe(expected);
  });

  it("is zero for an empty range and negative for a reversed one", () => {
    expect(workingDaysBetween("2026-02-09", "2026-02-09")).toBe(0);
    expect(workingDaysBetween("2026-02-27", "2026-02-09")).toBe(-9);
    expect(workingDaysBetween("1990-01-01", "1990-01-01")).toBe(0);
  });

  it("counts from (included) but not to (excluded)", () => {
    expect(workingDaysBetween("2025-11-14", "2025-11-15")).toBe(1);
    expect(workingDaysBetween("2025-11-13", "2025-11-14")).toBe(1);
    expect(workingDaysBetween("2025-11-15", "2025-11-17")).toBe(0);
  });

  it("throws when the range leaves the calendar's years", () => {
    expect(() => workingDaysBetween("1999-12-31", "2000-01-05")).toThrow(/holidays\.outside-coverage/);
    expect(() => workingDaysBetween("2100-12-30", "2101-01-02")).toThrow(/holidays\.outside-coverage/);
    expect(workingDaysBetween("2100-12-30", "2101-01-01")).toBe(2);
  });
});

describe("addWorkingDays and nextWorkingDay", () => {
  it("steps over the Tết break", () => {
    expect(addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(addWorkingDays("2026-02-23", -1)).toBe("2026-02-13");
    expect(addWorkingDays("2026-02-16", 0)).toBe("2026-02-16");
    expect(addWorkingDays("2026-02-09", 9)).toBe("2026-02-27");
  });

  it("steps over 1/5/2027 on a Saturday and its substitute Monday 3/5", () => {
    expect(nextWorkingDay("2027-04-29")).toBe("2027-05-04");
    expect(nextWorkingDay("2027-04-30")).toBe("2027-05-04");
    expect(nextWorkingDay("2026-01-09")).toBe("2026-01-10");
  });

  it("refuses a fractional count", () => {
    expect(() => addWorkingDays("2026-02-13", 1.5)).toThrow(/\[days\.not-integer\]/);
  });

  it("uses the calendar it is given", () => {
    const cal = withDecisions(DEFAULT_HOLIDAY_CALENDAR, [
      {
        year: 2027,
        source: "illustration",
        confidence: "weak",
        breaks: [{ holidays: ["tet"], from: "2027-02-04", to: "2027-02-14" }],
        makeUpWorkingDays: [],
      },
    ]);
    expect(nextWorkingDay("2027-02-03", cal)).toBe("2027-02-15");
    expect(nextWorkingDay("2027-02-03")).toBe("2027-02-11");
    expect(workingDaysBetween("2027-02-01", "2027-02-22", cal)).toBe(3 + 5);
    expect(isWorkingDay("2027-02-11", holidayCalendar([]))).toBe(true);
  });
});

describe("properties", () => {
  const date = calendarDateIn(2000, 2099);

  test.prop([date, date, date])("working days are additive over adjacent ranges", (a, b, c) => {
    expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
  });

  test.prop([calendarDateIn(2018, 2032), fc.integer({ min: 0, max: 60 })])(
    "a count equals the working days found one by one",
    (from, length) => {
      const to = addDays(from, length);
      let n = 0;
      for (let d = from; d < to; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
      expect(workingDaysBetween(from, to)).toBe(n);
    },
  );

  test.prop([calendarDateIn(2002, 2097), fc.integer({ min: 1, max: 400 })])(
    "addWorkingDays lands on a working day n working days away, both ways",
    (date, n) => {
      const later = addWorkingDays(date, n);
      expect(isWorkingDay(later)).toBe(true);
      expect(workingDaysBetween(addDays(date, 1), addDays(later, 1))).toBe(n);
      const earlier = addWorkingDays(date, -n);
      expect(isWorkingDay(earlier)).toBe(true);
      expect(workingDaysBetween(earlier, date)).toBe(n);
    },
  );

  test.prop([date])("nextWorkingDay is the first working day after the date", (d) => {
    const next = nextWorkingDay(d);
    expect(isWorkingDay(next)).toBe(true);
    for (let x = addDays(d, 1); x < next; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
  });

  test.prop([date])("a Saturday or Sunday is a working day only when it is a make-up day", (d) => {
    const weekendWorked = isWorkingDay(d) && dayOfWeek(d) >= 6;
    const madeUp = DEFAULT_HOLIDAY_CALENDAR.decisions.some((r) =>
      r.makeUpWorkingDays.some((m) => m.date === d),
    );
    expect(!weekendWorked || madeUp).toBe(true);
  });
});
