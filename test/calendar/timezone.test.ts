// Run under several machine time zones by scripts/tz-matrix.mjs (TZ=America/Los_Angeles, Asia/Ho_Chi_Minh, UTC):
// every expected value is fixed, so a conversion that read the machine's zone (local-time Date methods, or Date
// parsing of strings without an offset) would fail in at least one of them. The instants sit where the zones
// disagree on the date: late afternoon UTC, New Year's Eve, and Los Angeles' daylight-saving changes.
import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDateOf,
  dayNumber,
  dayOfWeek,
  daysBetween,
  isWorkingDay,
  vietnamDate,
  workingDaysBetween,
} from "../../src/calendar/index.js";
import { deadlineStatus, nextDeadline, reportingCalendar } from "../../src/deadlines/index.js";
import { PLAN_53_UNIT_REPORT } from "../arbitraries/dates.js";

describe("under the machine time zone the matrix set", () => {
  const expected = process.env["TZ_MATRIX_EXPECTED_OFFSET"];
  it.skipIf(expected === undefined)("runs in the zone it was asked for (when run by the matrix)", () => {
    // getTimezoneOffset on 1 January: +480 in Los Angeles (PST), -420 in Ho Chi Minh City, 0 in UTC.
    expect(String(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset())).toBe(expected);
  });
});

describe("conversions with fixed answers", () => {
  it.each([
    ["2025-11-14T16:59:59Z", "2025-11-14"],
    ["2025-11-14T17:00:00Z", "2025-11-15"],
    ["2025-11-14T23:59:59+07:00", "2025-11-14"],
    ["2025-11-15T00:00:00+07:00", "2025-11-15"],
    ["2025-11-14T08:59:59-08:00", "2025-11-14"],
    ["2025-11-14T09:00:00-08:00", "2025-11-15"],
    ["2025-12-31T16:59:59Z", "2025-12-31"],
    ["2025-12-31T17:00:00Z", "2026-01-01"],
    ["2025-03-09T02:30:00-08:00", "2025-03-09"], // a time that does not exist in Los Angeles (spring forward)
    ["2025-11-02T01:30:00-07:00", "2025-11-02"], // a time that exists twice there (fall back)
    ["2025-11-02T01:30:00-08:00", "2025-11-02"],
  ])("vietnamDate(%s) is %s", (instant, date) => {
    expect(vietnamDate(instant)).toBe(date);
    expect(vietnamDate(new Date(instant))).toBe(date);
  });

  it("keeps calendar dates as they are", () => {
    expect(calendarDateOf("2025-11-14")).toBe("2025-11-14");
    expect(calendarDateOf("2025-03-09")).toBe("2025-03-09");
  });

  it("does day arithmetic across Los Angeles' daylight-saving changes", () => {
    expect(addDays("2025-03-08", 1)).toBe("2025-03-09");
    expect(addDays("2025-03-09", 1)).toBe("2025-03-10");
    expect(addDays("2025-11-01", 2)).toBe("2025-11-03");
    expect(daysBetween("2025-03-01", "2025-04-01")).toBe(31);
    expect(daysBetween("2025-10-26", "2025-11-09")).toBe(14);
    expect(dayNumber("2025-11-02")).toBe(20394);
    expect(dayOfWeek("2025-03-09")).toBe(7);
    expect(dayOfWeek("2025-11-02")).toBe(7);
  });

  it("counts working days the same everywhere", () => {
    expect(workingDaysBetween("2026-02-09", "2026-02-27")).toBe(9);
    expect(workingDaysBetween("2025-01-01", "2026-01-01")).toBe(250);
    expect(isWorkingDay("2026-01-10")).toBe(true);
  });
});

describe("statuses with fixed answers", () => {
  const d = { lastOnTimeDate: "2025-11-14" };

  it("judges the 14/15 November boundary in Vietnam time", () => {
    expect(deadlineStatus(d, { asOf: "2025-11-14T16:59:59Z" }).status).toBe("due-today");
    expect(deadlineStatus(d, { asOf: "2025-11-14T17:00:00Z" }).status).toBe("overdue");
    expect(deadlineStatus(d, { asOf: new Date("2025-11-14T17:00:00Z") }).status).toBe("overdue");
    expect(deadlineStatus(d, { asOf: "2025-11-20", submittedAt: "2025-11-14T23:59:59+07:00" }).status).toBe(
      "on-time",
    );
    expect(
      deadlineStatus(d, { asOf: "2025-11-20", submittedAt: new Date("2025-11-14T17:00:00Z") }),
    ).toMatchObject({
      status: "late",
      submittedOn: "2025-11-15",
      calendarDaysLate: 1,
      workingDaysLate: 0,
    });
  });

  it("builds the same reporting calendar", () => {
    const plan = { period: { start: 2021, end: 2030 }, reportingDuties: [PLAN_53_UNIT_REPORT] };
    const r = reportingCalendar(plan, {
      from: 2026,
      to: 2026,
      asOf: "2026-11-13T20:00:00-08:00",
      rollForward: "next-working-day",
    });
    expect(r.map((x) => [x.lastOnTimeDate, x.status.status, x.status.asOf])).toEqual([
      ["2026-11-16", "upcoming", "2026-11-14"],
    ]);
    expect(nextDeadline(plan, new Date("2025-11-14T17:00:00Z"))?.lastOnTimeDate).toBe("2026-11-14");
  });
});
