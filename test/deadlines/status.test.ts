import { describe, expect, it } from "vitest";
import { addDays, holidayCalendar, workingDaysBetween } from "../../src/calendar/index.js";
import { type DeadlineStatusCode, deadlineStatus } from "../../src/deadlines/index.js";
import { calendarDateIn, orderedDatesIn } from "../arbitraries/dates.js";
import { fc, test } from "../helpers/prop.js";

// Plan 53, 2025: “trước ngày 15/11” → the last on-time day is Friday 14/11/2025.
const exclusive = { lastOnTimeDate: "2025-11-14" };
// The inclusive reading: Saturday 15/11/2025 itself is on time.
const inclusive = { lastOnTimeDate: "2025-11-15" };

describe("deadlineStatus around 14/15/16 November 2025", () => {
  it("is upcoming on Monday 10/11 with 4 calendar and 4 working days left", () => {
    expect(deadlineStatus(exclusive, { asOf: "2025-11-10" })).toEqual({
      status: "upcoming",
      asOf: "2025-11-10",
      lastOnTimeDate: "2025-11-14",
      submittedOn: null,
      calendarDaysRemaining: 4,
      workingDaysRemaining: 4,
      calendarDaysLate: null,
      workingDaysLate: null,
    });
  });

  it("is due today until 23:59:59 in Vietnam on 14/11 (16:59:59Z)", () => {
    const s = deadlineStatus(exclusive, { asOf: "2025-11-14T16:59:59Z" });
    expect(s).toMatchObject({
      status: "due-today",
      asOf: "2025-11-14",
      calendarDaysRemaining: 0,
      workingDaysRemaining: 0,
    });
  });

  it("is overdue from 2025-11-14T17:00:00Z, which is already 15/11 in Vietnam", () => {
    expect(deadlineStatus(exclusive, { asOf: "2025-11-14T17:00:00Z" })).toMatchObject({
      status: "overdue",
      asOf: "2025-11-15",
      calendarDaysLate: 1,
      workingDaysLate: 0,
      calendarDaysRemaining: null,
    });
    expect(deadlineStatus(exclusive, { asOf: "2025-11-16" })).toMatchObject({
      status: "overdue",
      calendarDaysLate: 2,
    });
    expect(deadlineStatus(exclusive, { asOf: "2025-11-17" })).toMatchObject({
      status: "overdue",
      calendarDaysLate: 3,
      workingDaysLate: 1,
    });
  });

  it("counts a submission at 2025-11-14T23:59:59+07:00 on time and one at 2025-11-15T00:00:00+07:00 late", () => {
    expect(
      deadlineStatus(exclusive, { asOf: "2025-11-20", submittedAt: "2025-11-14T23:59:59+07:00" }),
    ).toMatchObject({
      status: "on-time",
      submittedOn: "2025-11-14",
      calendarDaysRemaining: 0,
      calendarDaysLate: null,
    });
    expect(
      deadlineStatus(exclusive, { asOf: "2025-11-20", submittedAt: "2025-11-15T00:00:00+07:00" }),
    ).toMatchObject({ status: "late", submittedOn: "2025-11-15", calendarDaysLate: 1, workingDaysLate: 0 });
    // The same moment written in UTC.
    expect(
      deadlineStatus(exclusive, { asOf: "2025-11-20", submittedAt: "2025-11-14T17:00:00Z" }).status,
    ).toBe("late");
    expect(
      deadlineStatus(exclusive, {
        asOf: "2025-11-20",
        submittedAt: new Date(Date.UTC(2025, 10, 14, 16, 59, 59)),
      }).status,
    ).toBe("on-time");
  });

  it("under the inclusive reading, 15/11 is still on time and 16/11 is late", () => {
    expect(deadlineStatus(inclusive, { asOf: "2025-11-15T12:00:00+07:00" }).status).toBe("due-today");
    expect(
      deadlineStatus(inclusive, { asOf: "2025-11-20", submittedAt: "2025-11-15T00:00:00+07:00" }).status,
    ).toBe("on-time");
    expect(
      deadlineStatus(inclusive, { asOf: "2025-11-20", submittedAt: "2025-11-15T23:59:59+07:00" }).status,
    ).toBe("on-time");
    expect(
      deadlineStatus(inclusive, { asOf: "2025-11-20", submittedAt: "2025-11-16T00:00:00+07:00" }),
    ).toMatchObject({
      status: "late",
      calendarDaysLate: 1,
      workingDaysLate: 0,
    });
    expect(deadlineStatus(inclusive, { asOf: "2025-11-16" }).status).toBe("overdue");
  });

  it("counts an early submission's days to spare", () => {
    expect(deadlineStatus(exclusive, { asOf: "2025-11-20", submittedAt: "2025-11-07" })).toMatchObject({
      status: "on-time",
      calendarDaysRemaining: 7,
      workingDaysRemaining: 5,
    });
  });

  it("ignores a submission dated after asOf: it is not known yet on that day", () => {
    expect(deadlineStatus(exclusive, { asOf: "2025-11-10", submittedAt: "2025-11-12" })).toMatchObject({
      status: "upcoming",
      submittedOn: null,
    });
  });

  it("reports no deadline for a duty without a day, submitted or not", () => {
    expect(deadlineStatus({ lastOnTimeDate: null }, { asOf: "2025-11-10" })).toEqual({
      status: "no-deadline-set",
      asOf: "2025-11-10",
      lastOnTimeDate: null,
      submittedOn: null,
      calendarDaysRemaining: null,
      workingDaysRemaining: null,
      calendarDaysLate: null,
      workingDaysLate: null,
    });
    expect(
      deadlineStatus({ lastOnTimeDate: null }, { asOf: "2025-11-10", submittedAt: "2025-11-01" }),
    ).toMatchObject({ status: "no-deadline-set", submittedOn: "2025-11-01" });
  });

  it("counts working days with the calendar it is given", () => {
    const rulesOnly = holidayCalendar([]);
    // 2026-01-02 is a swapped day off in the decision, a working day by the rules alone.
    expect(
      deadlineStatus({ lastOnTimeDate: "2026-01-05" }, { asOf: "2025-12-31" }).workingDaysRemaining,
    ).toBe(1);
    expect(
      deadlineStatus({ lastOnTimeDate: "2026-01-05" }, { asOf: "2025-12-31", calendar: rulesOnly })
        .workingDaysRemaining,
    ).toBe(2);
  });

  it("is a plain JSON object", () => {
    const s = deadlineStatus(exclusive, {
      asOf: new Date(Date.UTC(2025, 10, 1)),
      submittedAt: "2025-11-01T08:00:00+07:00",
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
  });

  it("refuses ambiguous or invalid input", () => {
    expect(() => deadlineStatus(exclusive, { asOf: "2025-11-14T10:00" })).toThrow(/instant\.missing-offset/);
    expect(() => deadlineStatus({ lastOnTimeDate: "2025-11-31" }, { asOf: "2025-11-14" })).toThrow(
      /date\.invalid/,
    );
  });
});

describe("properties", () => {
  const rank: Record<DeadlineStatusCode, number> = {
    upcoming: 0,
    "due-today": 1,
    overdue: 2,
    "on-time": 3,
    late: 3,
    "no-deadline-set": 0,
  };

  test.prop([calendarDateIn(2021, 2030), orderedDatesIn(2020, 2031)])(
    "status only moves forward as asOf grows: upcoming → due-today → overdue",
    (due, [a, b]) => {
      const sa = deadlineStatus({ lastOnTimeDate: due }, { asOf: a }).status;
      const sb = deadlineStatus({ lastOnTimeDate: due }, { asOf: b }).status;
      expect(rank[sa]).toBeLessThanOrEqual(rank[sb]);
    },
  );

  test.prop([calendarDateIn(2021, 2030), calendarDateIn(2020, 2031), calendarDateIn(2020, 2031)])(
    "with a submission: until it is known the status is as without; then on time or late, for good",
    (due, submitted, asOf) => {
      const s = deadlineStatus({ lastOnTimeDate: due }, { asOf, submittedAt: submitted });
      if (submitted > asOf) {
        expect(s).toEqual(deadlineStatus({ lastOnTimeDate: due }, { asOf }));
      } else {
        expect(s.status).toBe(submitted <= due ? "on-time" : "late");
        const later = deadlineStatus(
          { lastOnTimeDate: due },
          { asOf: addDays(asOf, 100), submittedAt: submitted },
        );
        expect({ ...later, asOf }).toEqual(s);
      }
    },
  );

  test.prop([calendarDateIn(2021, 2030), calendarDateIn(2020, 2031)])(
    "days remaining and days late agree with daysBetween and workingDaysBetween",
    (due, asOf) => {
      const s = deadlineStatus({ lastOnTimeDate: due }, { asOf });
      if (asOf <= due) {
        expect(s.workingDaysRemaining).toBe(workingDaysBetween(addDays(asOf, 1), addDays(due, 1)));
        expect(s.calendarDaysLate).toBeNull();
      } else {
        expect(s.workingDaysLate).toBe(workingDaysBetween(addDays(due, 1), addDays(asOf, 1)));
        expect(s.calendarDaysRemaining).toBeNull();
      }
    },
  );

  test.prop([fc.integer({ min: 0, max: 86_399 })])(
    "every second of 14/11 in Vietnam is due-today",
    (second) => {
      const ms = Date.UTC(2025, 10, 13, 17) + second * 1000;
      expect(deadlineStatus(exclusive, { asOf: new Date(ms) }).status).toBe("due-today");
    },
  );
});
